package org.pdsa.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffJudgementTest {

    private static StudyVerdicts study(int cycle, String outcome, String balancing, boolean concernFlag) {
        return new StudyVerdicts(cycle, List.of(
                new StudyVerdicts.Verdict("four-hour", "Seen within 4 hours", "outcome", outcome, "improvement",
                        outcome.equals("improvement"), null, null),
                new StudyVerdicts.Verdict("reattend", "Reattendance within 7 days", "balancing", balancing, "no-concern",
                        !balancing.equals("concern"), null, null)), concernFlag, "");
    }

    @Test
    void shouldAdoptAnImprovementWithTheBalancingMeasureSteady() {
        // when
        StaffJudgement.Judgement j = StaffJudgement.decide(study(1, "improvement", "no-signal", false), "next");

        // then
        assertThat(j.decision()).isEqualTo("adopt");
        assertThat(j.rationale()).contains("Seen within 4 hours");
        assertThat(j.formValues()).containsEntry("decision", "adopt").containsKeys("doObservations", "learning", "rationale");
    }

    @Test
    void shouldAbandonAnImprovementWhoseBalancingMeasureShowsConcern() {
        // when
        StaffJudgement.Judgement j = StaffJudgement.decide(study(1, "improvement", "concern", true), "next");

        // then
        assertThat(j.decision()).isEqualTo("abandon");
        assertThat(j.rationale()).contains("Reattendance within 7 days");
    }

    @Test
    void shouldAbandonWhenTheFormFlagsABalancingConcernEvenIfNoRowSaysSo() {
        assertThat(StaffJudgement.decide(study(1, "improvement", "no-signal", true), "next").decision()).isEqualTo("abandon");
    }

    @Test
    void shouldAdaptWhenTheFirstCycleShowsNoSignalWithTheAdaptationAsTheNextChange() {
        // when
        StaffJudgement.Judgement j = StaffJudgement.decide(study(1, "no-signal", "no-signal", false), "Open at 7am");

        // then
        assertThat(j.decision()).isEqualTo("adapt");
        assertThat(j.nextChange()).isEqualTo("Open at 7am");
        assertThat(j.formValues()).containsEntry("nextChange", "Open at 7am");
    }

    @Test
    void shouldAbandonWhenTheLastCycleStillShowsNoSignal() {
        assertThat(StaffJudgement.decide(study(StaffJudgement.LAST_CYCLE, "no-signal", "no-signal", false), "x").decision())
                .isEqualTo("abandon");
    }

    @Test
    void shouldAbandonAnOutcomeThatGotWorse() {
        assertThat(StaffJudgement.decide(study(1, "concern", "no-signal", false), "x").decision()).isEqualTo("abandon");
    }
}
