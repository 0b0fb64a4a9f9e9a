package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.Programme;

class ProgrammeLookupTest {

    @Test
    void shouldReadAProgrammeOnceAndNotRememberOneThatIsMissing() {
        // given a source that counts its reads
        List<String> reads = new ArrayList<>();
        Programme flow = Samples.programme();
        ProgrammeLookup lookup = new ProgrammeLookup(id -> {
            reads.add(id);
            return id.equals("flow") ? Optional.of(flow) : Optional.empty();
        });
        // when
        lookup.get("flow");
        Programme again = lookup.get("flow");
        // then
        assertThat(again).isSameAs(flow);
        assertThat(reads).containsExactly("flow");
        assertThatThrownBy(() -> lookup.get("sepsis")).isInstanceOf(JobInputException.class)
                .hasMessage("programme 'sepsis' is not registered");
        assertThatThrownBy(() -> lookup.get("sepsis")).isInstanceOf(JobInputException.class);
        assertThat(reads).containsExactly("flow", "sepsis", "sepsis");
    }
}
