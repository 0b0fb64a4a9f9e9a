package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Programme;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class ProgrammeRepositoryTest {

    @Test
    void shouldRegisterAProgrammeAndReadItBackWhole(Store store) {
        // given
        Programme programme = Fixtures.programme("flow");
        // when
        Written<Programme> written = store.programmes().register(programme);
        // then
        assertThat(written.outcome()).isEqualTo(Written.Outcome.CREATED);
        assertThat(store.programmes().find("flow")).hasValue(programme);
        assertThat(store.programmes().find("missing")).isEmpty();
    }

    @Test
    void shouldReadAProgrammeFromTheTableOnceAndNotKeepOneMissing(Store store) {
        // given
        store.programmes().register(Fixtures.programme("flow"));
        store.programmes().find("later");
        store.requestCounter().reset();
        // when
        store.programmes().find("flow");
        store.programmes().find("flow");
        store.programmes().register(Fixtures.programme("later"));
        // then one read for two finds, and a programme registered after a miss is found
        assertThat(store.requestCounter().counts()).containsEntry("GetItem", 1L);
        assertThat(store.programmes().find("later")).hasValue(Fixtures.programme("later"));
    }

    @Test
    void shouldSayARepeatedRegistrationChangedNothing(Store store) {
        // given
        store.programmes().register(Fixtures.programme("flow"));
        // when
        Written<Programme> again = store.programmes().register(Fixtures.programme("flow"));
        // then
        assertThat(again.outcome()).isEqualTo(Written.Outcome.ALREADY_PRESENT);
    }

    @Test
    void shouldRefuseAnotherProgrammeUnderATakenIdAndKeepTheFirst(Store store) {
        // given
        Programme first = Fixtures.programme("flow");
        store.programmes().register(first);
        Programme other = new Programme("flow", "Another", "Another aim", first.measures(), first.providers(),
                first.participants(), java.util.List.of("intruder"), null, null);
        // when
        Written<Programme> written = store.programmes().register(other);
        // then
        assertThat(written.outcome()).isEqualTo(Written.Outcome.CONFLICT);
        assertThat(written.stored()).isEqualTo(first);
        assertThat(store.programmes().isManager("flow", "intruder")).isFalse();
    }

    @Test
    void shouldAnswerMembershipQuestionsFromTheTable(Store store) {
        // given
        store.programmes().register(Fixtures.programme("flow"));
        store.programmes().register(Fixtures.programme("sepsis"));
        // when / then
        assertThat(store.programmes().isManager("flow", "manager-1")).isTrue();
        assertThat(store.programmes().isManager("flow", "trust-a")).isFalse();
        assertThat(store.programmes().hasProvider("flow", "trust-b")).isTrue();
        assertThat(store.programmes().hasProvider("flow", "trust-z")).isFalse();
        assertThat(store.programmes().programmesManagedBy("manager-2")).containsExactly("flow", "sepsis");
        assertThat(store.programmes().programmesOfProvider("trust-a")).containsExactly("flow", "sepsis");
        assertThat(store.programmes().programmesOfProvider("trust-z")).isEmpty();
    }

    @Test
    void shouldRecordRunsOnceAndListThem(Store store) {
        // given
        var run = new org.pdsa.domain.Run("run-1", "flow", "2251799813685249", "manager-1", Fixtures.T0);
        // when
        Written<org.pdsa.domain.Run> first = store.runs().record(run);
        Written<org.pdsa.domain.Run> repeat = store.runs().record(run);
        // then
        assertThat(first.created()).isTrue();
        assertThat(repeat.outcome()).isEqualTo(Written.Outcome.ALREADY_PRESENT);
        assertThat(store.runs().findByProgramme("flow")).containsExactly(run);
        assertThat(store.runs().find("flow", "run-1")).hasValue(run);
    }
}
