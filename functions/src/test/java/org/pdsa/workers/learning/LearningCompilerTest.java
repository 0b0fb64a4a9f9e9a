package org.pdsa.workers.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.Act;
import org.pdsa.domain.Decision;
import org.pdsa.domain.Learning;
import org.pdsa.domain.LearningGroup;
import org.pdsa.domain.StudyNotes;
import org.pdsa.workers.Samples;

class LearningCompilerTest {

    private static Decision decision(String runId, String provider, int number, Act act, String idea, String learned) {
        return new Decision(runId + "-" + provider + "-" + number, "flow", provider, number, act, "because", List.of(),
                "leads of " + provider, Instant.parse("2024-05-06T00:00:00Z"), runId, idea, false,
                new StudyNotes("ok", learned, null, null, null));
    }

    @Test
    void shouldGroupTheRunsDecisionsByDecisionAndChangeIdea() {
        // given decisions of run r1 at three providers (trust-b adapted, then adopted) and one of another run
        List<Decision> decisions = List.of(
                decision("r1", "trust-a", 1, Act.ADOPT, "Senior review", "Flow improved within two weeks"),
                decision("r1", "trust-b", 1, Act.ADAPT, "Senior review", "Too few consultants on nights"),
                decision("r1", "trust-b", 2, Act.ADOPT, "Senior review", "Works with a day-only rota"),
                decision("r1", "trust-c", 1, Act.ABANDON, "Discharge lounge", "Readmissions rose"),
                decision("r0", "trust-a", 1, Act.ABANDON, "Old idea", "Old"));
        // when
        Learning learning = LearningCompiler.compile(Samples.programme(), "r1", decisions, false, null, Samples.NOW);
        // then
        assertThat(learning.decisionCount()).isEqualTo(4);
        assertThat(learning.groups()).extracting(LearningGroup::act, LearningGroup::changeIdea).containsExactly(
                tuple(Act.ADOPT, "Senior review"),
                tuple(Act.ADAPT, "Senior review"),
                tuple(Act.ABANDON, "Discharge lounge"));
        assertThat(learning.groups().get(0).providerIds()).containsExactly("trust-a", "trust-b");
        assertThat(learning.summary()).isEqualTo(String.join("\n",
                "Emergency flow, run r1: 4 decisions from 3 providers (2 adopted, 1 adapted, 1 abandoned).",
                "Adopted: Senior review (Trust A cycle 1; Trust B cycle 2). Learned: Flow improved within two weeks / Works with a day-only rota",
                "Adapted: Senior review (Trust B cycle 1). Learned: Too few consultants on nights",
                "Abandoned: Discharge lounge (Trust C cycle 1). Learned: Readmissions rose"));
    }

    @Test
    void shouldSayARunClosedEarlyWithoutDecisionsHasNone() {
        // when
        Learning learning = LearningCompiler.compile(Samples.programme(), "r2", List.of(), true, "funding ended", Samples.NOW);
        // then
        assertThat(learning.summary()).isEqualTo("Emergency flow, run r2: 0 decisions from 0 providers.\n"
                + "The run was closed early: funding ended.");
        assertThat(learning.groups()).isEmpty();
    }
}
