package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Act;
import org.pdsa.domain.Decision;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class DecisionRepositoryTest {

    @Test
    void shouldStoreADecisionWithItsEvidenceOnce(Store store) {
        // given
        Decision decision = Fixtures.decision("a-1", "flow", "trust-a", Act.ADOPT, Fixtures.T0);
        // when a redelivered store-decision job records it twice
        Written<Decision> first = store.decisions().record(decision);
        Written<Decision> second = store.decisions().record(decision);
        // then
        assertThat(first.created()).isTrue();
        assertThat(second.outcome()).isEqualTo(Written.Outcome.ALREADY_PRESENT);
        assertThat(store.decisions().findByCycle("a-1")).hasValue(decision);
        assertThat(store.decisions().findByCycle("a-1").orElseThrow().evidence().get(0).spcResultJson())
                .isEqualTo("{\"variationIcon\":\"improvement\"}");
    }

    @Test
    void shouldKeepTheFirstDecisionWhenAnotherComesForTheSameCycle(Store store) {
        // given
        Decision adopt = Fixtures.decision("a-1", "flow", "trust-a", Act.ADOPT, Fixtures.T0);
        store.decisions().record(adopt);
        // when
        Written<Decision> abandon = store.decisions().record(Fixtures.decision("a-1", "flow", "trust-a", Act.ABANDON, Fixtures.T0));
        // then
        assertThat(abandon.outcome()).isEqualTo(Written.Outcome.CONFLICT);
        assertThat(abandon.stored()).isEqualTo(adopt);
    }

    @Test
    void shouldListAProgrammesDecisionsAcrossProvidersInTheOrderMade(Store store) {
        // given
        store.decisions().record(Fixtures.decision("b-1", "flow", "trust-b", Act.ABANDON, Fixtures.T0.plusSeconds(20)));
        store.decisions().record(Fixtures.decision("a-1", "flow", "trust-a", Act.ADAPT, Fixtures.T0));
        store.decisions().record(Fixtures.decision("a-2", "flow", "trust-a", Act.ADOPT, Fixtures.T0.plusSeconds(40)));
        store.decisions().record(Fixtures.decision("x-1", "sepsis", "trust-a", Act.ADOPT, Fixtures.T0));
        // when / then
        assertThat(store.decisions().findByProgramme("flow")).extracting(Decision::cycleId).containsExactly("a-1", "b-1", "a-2");
        assertThat(store.decisions().findByProgramme("none")).isEmpty();
    }
}
