package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Act;
import org.pdsa.domain.Decision;
import org.pdsa.domain.Learning;
import org.pdsa.domain.StudyNotes;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.store.Store;

@ExtendWith(DynaliteExtension.class)
class CompileLearningHandlerTest {

    private final JobRunner runner = new JobRunner();

    private static Decision decision(String provider, int number, Act act, String learned, int secondsLater) {
        return new Decision("r1-" + provider + "-" + number, "flow", provider, number, act, "because", List.of(),
                "leads of " + provider, WorkerFixtures.NOW.plusSeconds(secondsLater), "r1", "Senior review at the front door",
                false, new StudyNotes("ok", learned, null, null, null));
    }

    @Test
    void shouldCompileTheRunsDecisionsAcrossProvidersOnce(Store store) {
        // given three providers decided in run r1
        WorkerFixtures.register(store);
        store.decisions().record(decision("trust-a", 1, Act.ADOPT, "Faster decisions", 1));
        store.decisions().record(decision("trust-b", 1, Act.ADAPT, "Nights need cover", 2));
        store.decisions().record(decision("trust-c", 1, Act.ABANDON, "Readmissions rose", 3));
        Job job = WorkerFixtures.job(5, JobTypes.COMPILE_LEARNING, Map.of("programmeId", "flow", "runId", "r1", "closedEarly", false));
        // when the job runs, then is redelivered after another decision was stored
        JobOutcome first = runner.run(new Handlers(store).compileLearning(), job);
        store.decisions().record(decision("trust-b", 2, Act.ADOPT, "Day rota works", 4));
        JobOutcome again = runner.run(new Handlers(store).compileLearning(), job);
        // then
        assertThat(first).isInstanceOfSatisfying(JobOutcome.Complete.class, c -> {
            assertThat(c.variables()).containsEntry("learningId", "r1").containsEntry("decisionCount", 3);
            assertThat((String) c.variables().get("learningSummary")).startsWith(
                    "Emergency flow, run r1: 3 decisions from 3 providers (1 adopted, 1 adapted, 1 abandoned).\n"
                            + "Adopted: Senior review at the front door (Trust A cycle 1). Learned: Faster decisions");
        });
        assertThat(again).isEqualTo(first);
        Learning stored = store.learning().find("flow", "r1").orElseThrow();
        assertThat(stored.decisionCount()).isEqualTo(3);
        assertThat(stored.compiledAt()).isEqualTo(WorkerFixtures.NOW);
    }

    @Test
    void shouldSayWhenTheRunWasClosedEarly(Store store) {
        // given
        WorkerFixtures.register(store);
        store.decisions().record(decision("trust-a", 1, Act.ADOPT, "Faster decisions", 1));
        // when
        JobOutcome outcome = runner.run(new Handlers(store).compileLearning(), WorkerFixtures.job(5, JobTypes.COMPILE_LEARNING,
                Map.of("programmeId", "flow", "runId", "r1", "closedEarly", true, "closeReason", "Winter pressures")));
        // then
        assertThat(((JobOutcome.Complete) outcome).variables().get("learningSummary").toString())
                .contains("\nThe run was closed early: Winter pressures.\n");
        assertThat(store.learning().find("flow", "r1").orElseThrow().closedEarly()).isTrue();
    }
}
