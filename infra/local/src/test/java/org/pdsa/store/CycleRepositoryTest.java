package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class CycleRepositoryTest {

    @Test
    void shouldCreateACycleAtVersionOneAndReadItBack(Store store) {
        // given
        Cycle cycle = Fixtures.cycle("s1-1", "flow", "trust-a", 1).withPlan(Fixtures.plan());
        // when
        Written<Cycle> written = store.cycles().create(cycle);
        // then
        assertThat(written.created()).isTrue();
        assertThat(store.cycles().find("s1-1")).hasValue(new Versioned<>(cycle, 1));
    }

    @Test
    void shouldTreatARepeatedCreateAsANoOpAndAnotherCycleUnderTheIdAsAConflict(Store store) {
        // given
        Cycle cycle = Fixtures.cycle("s1-1", "flow", "trust-a", 1);
        store.cycles().create(cycle);
        store.cycles().modify("s1-1", c -> c.withStatus(CycleStatus.DOING));
        // when
        Written<Cycle> repeat = store.cycles().create(cycle);
        Written<Cycle> other = store.cycles().create(Fixtures.cycle("s1-1", "flow", "trust-b", 1));
        // then
        assertThat(repeat.outcome()).isEqualTo(Written.Outcome.ALREADY_PRESENT);
        assertThat(repeat.stored().status()).isEqualTo(CycleStatus.DOING);
        assertThat(other.outcome()).isEqualTo(Written.Outcome.CONFLICT);
        assertThat(store.cycles().find("s1-1").orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnUpdateBasedOnAStaleVersion(Store store) {
        // given two writers that read the same version
        store.cycles().create(Fixtures.cycle("s1-1", "flow", "trust-a", 1));
        Versioned<Cycle> readByA = store.cycles().find("s1-1").orElseThrow();
        Versioned<Cycle> readByB = store.cycles().find("s1-1").orElseThrow();
        store.cycles().update(readByA, readByA.value().withPlan(Fixtures.plan()));
        // when / then
        assertThatThrownBy(() -> store.cycles().update(readByB, readByB.value().withStatus(CycleStatus.DOING)))
                .isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("version 1");
        Versioned<Cycle> stored = store.cycles().find("s1-1").orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.value().plan()).isEqualTo(Fixtures.plan());
        assertThat(stored.value().status()).isEqualTo(CycleStatus.PLANNING);
    }

    @Test
    void shouldReapplyAModificationWhenAnotherWriterGotInFirst(Store store) {
        // given
        store.cycles().create(Fixtures.cycle("s1-1", "flow", "trust-a", 1));
        TimelineEntry entry = new TimelineEntry(Fixtures.T0.plusSeconds(60), "notified", "3 participants", "worker");
        boolean[] interfered = {false};
        // when the first application of the change races with another writer
        Cycle result = store.cycles().modify("s1-1", c -> {
            if (!interfered[0]) {
                interfered[0] = true;
                store.cycles().modify("s1-1", other -> other.withPlan(Fixtures.plan()));
            }
            return c.withEntry(entry);
        });
        // then both changes survive
        assertThat(result.plan()).isEqualTo(Fixtures.plan());
        assertThat(result.timeline()).contains(entry);
        assertThat(store.cycles().find("s1-1").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void shouldWriteNothingWhenAModificationChangesNothing(Store store) {
        // given
        TimelineEntry entry = new TimelineEntry(Fixtures.T0, "cycle-started", null, "lead-1");
        store.cycles().create(Fixtures.cycle("s1-1", "flow", "trust-a", 1));
        store.requestCounter().reset();
        // when the same timeline entry is added again (a redelivered job)
        store.cycles().modify("s1-1", c -> c.withEntry(entry));
        // then one read and no write
        assertThat(store.requestCounter().counts()).containsExactlyEntriesOf(java.util.Map.of("GetItem", 1L));
        assertThat(store.cycles().find("s1-1").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void shouldFailToModifyAMissingCycle(Store store) {
        assertThatThrownBy(() -> store.cycles().modify("nope", c -> c)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void shouldListTheCyclesOfAProgrammeAndOfAProvider(Store store) {
        // given
        store.cycles().create(Fixtures.cycle("a-2", "flow", "trust-a", 2));
        store.cycles().create(Fixtures.cycle("a-1", "flow", "trust-a", 1));
        store.cycles().create(Fixtures.cycle("b-1", "flow", "trust-b", 1));
        store.cycles().create(Fixtures.cycle("x-1", "sepsis", "trust-a", 1));
        store.cycles().modify("a-1", c -> c.decided(Fixtures.decision("a-1", "flow", "trust-a", Act.ADAPT, Fixtures.T0)));
        // when / then
        assertThat(store.cycles().findByProgramme("flow")).extracting(Cycle::id).containsExactly("a-1", "a-2", "b-1");
        assertThat(store.cycles().findByProgramme("flow").get(0).status()).isEqualTo(CycleStatus.ADAPTED);
        assertThat(store.cycles().findByProvider("trust-a")).extracting(Cycle::id).containsExactly("a-1", "a-2", "x-1");
        assertThat(store.cycles().findByProvider("trust-a", "sepsis")).extracting(Cycle::id).containsExactly("x-1");
        assertThat(store.cycles().findByProvider("trust-c")).isEmpty();
    }
}
