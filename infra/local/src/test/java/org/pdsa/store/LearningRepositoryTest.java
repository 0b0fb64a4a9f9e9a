package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Act;
import org.pdsa.domain.Learning;
import org.pdsa.domain.LearningGroup;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class LearningRepositoryTest {

    private static Learning learning(String runId, String summary) {
        return new Learning("flow", runId, Fixtures.T0, false, null, 1,
                List.of(new LearningGroup("Senior review", Act.ADOPT, List.of(runId + "-trust-a-1"), List.of("trust-a"),
                        List.of("It helped"))), summary);
    }

    @Test
    void shouldRecordARunsLearningOnceAndKeepTheFirst(Store store) {
        // given
        Learning first = learning("r1", "1 decision");
        // when a redelivered job compiles again, later, with a different summary
        Written<Learning> created = store.learning().record(first);
        Written<Learning> again = store.learning().record(learning("r1", "1 decision, compiled later"));
        // then
        assertThat(created.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.stored()).isEqualTo(first);
        assertThat(store.learning().find("flow", "r1")).hasValue(first);
    }

    @Test
    void shouldListTheLearningOfEveryRunOfAProgramme(Store store) {
        // given
        store.learning().record(learning("r2", "b"));
        store.learning().record(learning("r1", "a"));
        // when / then
        assertThat(store.learning().findByProgramme("flow")).extracting(Learning::runId).containsExactly("r1", "r2");
        assertThat(store.learning().findByProgramme("other")).isEmpty();
    }
}
