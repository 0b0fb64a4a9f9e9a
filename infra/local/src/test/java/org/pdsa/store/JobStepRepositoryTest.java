package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class JobStepRepositoryTest {

    @Test
    void shouldRecordACycleStepOnceAndKeepTheFirstOutcome(Store store) {
        // given
        StepKey key = StepKey.ofCycleStep("a-1", "store-decision");
        assertThat(store.jobSteps().find(key)).isEmpty();
        // when the job is delivered twice
        Written<JobStep> first = store.jobSteps().record(key, "{\"decision\":\"adopt\"}", Fixtures.T0);
        Written<JobStep> second = store.jobSteps().record(key, "{\"decision\":\"adopt\"}", Fixtures.T0.plusSeconds(30));
        // then
        assertThat(first.created()).isTrue();
        assertThat(second.outcome()).isEqualTo(Written.Outcome.ALREADY_PRESENT);
        assertThat(second.stored().recordedAt()).isEqualTo(Fixtures.T0);
        assertThat(store.jobSteps().find(key)).hasValue(new JobStep(key, "{\"decision\":\"adopt\"}", Fixtures.T0));
    }

    @Test
    void shouldKeepJobKeysAndCycleStepsApart(Store store) {
        // given
        store.jobSteps().record(StepKey.ofJob(2251799813685300L), "{}", Fixtures.T0);
        // when / then
        assertThat(store.jobSteps().find(StepKey.ofJob(2251799813685300L))).isPresent();
        assertThat(store.jobSteps().find(StepKey.ofJob(2251799813685301L))).isEmpty();
        assertThat(store.jobSteps().find(StepKey.ofCycleStep("a-1", "fetch-metrics"))).isEmpty();
    }

    @Test
    void shouldNotConfuseAStepWithTheCycleBesideIt(Store store) {
        // given a cycle and one of its steps share a partition
        store.cycles().create(Fixtures.cycle("a-1", "flow", "trust-a", 1));
        store.jobSteps().record(StepKey.ofCycleStep("a-1", "analyse-measures"), "{}", Fixtures.T0);
        // when / then
        assertThat(store.cycles().find("a-1")).isPresent();
        assertThat(store.cycles().findByProgramme("flow")).hasSize(1);
    }
}
