package org.pdsa.workers.analyse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.spc.Verdict;
import org.pdsa.workers.Samples;

class MeasureStudiesTest {

    private static final double[] READMISSIONS_BASELINE = {12, 11, 13, 12, 12, 11, 12, 13, 12, 11, 12, 12};

    @Test
    void shouldJudgeAnImprovementThatWasPredicted() {
        // given four-hour jumps from about 80 to about 90 in the test window
        SeriesSnapshot fourHour = Samples.snapshot("a-1", "four-hour",
                Samples.weekly(Samples.BASELINE, 90, 91, 89, 92, 90, 91, 90, 92));
        // when
        List<MeasureVerdict> verdicts = MeasureStudies.of(Samples.programme(), List.of("four-hour"), List.of("four-hour"),
                List.of(fourHour));
        // then
        MeasureVerdict v = verdicts.get(0);
        assertThat(v.result()).isEqualTo(MeasureVerdict.Result.IMPROVEMENT);
        assertThat(v.predictionMet()).isTrue();
        assertThat(v.variable()).containsEntry("measureId", "four-hour").containsEntry("measureName", "Seen within 4 hours")
                .containsEntry("measureType", "outcome").containsEntry("result", "improvement")
                .containsEntry("resultLabel", "Special cause improvement").containsEntry("predicted", "improvement")
                .containsEntry("predictionMet", true).containsEntry("predictionMetLabel", "Yes")
                .containsEntry("variationIcon", "improvement").containsEntry("trialLimits", false)
                .containsKey("assuranceIcon");
        assertThat(v.summary()).isEqualTo("Seen within 4 hours (outcome): special cause improvement; predicted improvement: met");
        assertThat(v.measureStudy().verdict()).isEqualTo(Verdict.IMPROVEMENT);
        assertThat(v.measureStudy().analysisJson()).startsWith("{\"segments\":[{\"start\":0,\"end\":19,");
        assertThat(v.studyJson()).contains("\"verdict\":\"improvement\"").contains("\"analysis\":{\"segments\"");
    }

    @Test
    void shouldFlagABalancingMeasureInConcernAndMissTheNoConcernPrediction() {
        // given readmissions (lower is better) rise from about 12 to 16
        SeriesSnapshot readmissions = Samples.snapshot("a-1", "readmissions",
                Samples.weekly(READMISSIONS_BASELINE, 16, 17, 16, 16, 17, 16, 16, 17));
        // when
        MeasureVerdict v = MeasureStudies.of(Samples.programme(), List.of("readmissions"), List.of(), List.of(readmissions)).get(0);
        // then
        assertThat(v.result()).isEqualTo(MeasureVerdict.Result.CONCERN);
        assertThat(v.balancingConcern()).isTrue();
        assertThat(v.predicted()).isEqualTo("no-concern");
        assertThat(v.predictionMet()).isFalse();
        assertThat(v.measureStudy().humanReviewNeeded()).isTrue();
        assertThat(v.variable()).containsEntry("resultLabel", "Special cause concern").containsEntry("predictionMetLabel", "No");
    }

    @Test
    void shouldMeetANoConcernPredictionWithoutASignalAndMissAnImprovementPrediction() {
        // given both measures stay where they were
        SeriesSnapshot fourHour = Samples.snapshot("a-1", "four-hour", Samples.weekly(Samples.BASELINE, 81, 79, 80, 82, 80, 79, 81, 80));
        SeriesSnapshot readmissions = Samples.snapshot("a-1", "readmissions",
                Samples.weekly(READMISSIONS_BASELINE, 12, 11, 13, 12, 12, 11, 12, 12));
        // when
        List<MeasureVerdict> verdicts = MeasureStudies.of(Samples.programme(), List.of("four-hour", "readmissions"),
                List.of("four-hour"), List.of(readmissions, fourHour));
        // then
        assertThat(verdicts).extracting(MeasureVerdict::result)
                .containsExactly(MeasureVerdict.Result.NO_SIGNAL, MeasureVerdict.Result.NO_SIGNAL);
        assertThat(verdicts).extracting(MeasureVerdict::predictionMet).containsExactly(false, true);
        assertThat(verdicts.get(0).variable()).containsEntry("resultLabel", "No signal: common cause variation");
        assertThat(verdicts).noneMatch(MeasureVerdict::balancingConcern);
    }

    @Test
    void shouldAskForARetryWhenASnapshotIsNotThereYet() {
        assertThatThrownBy(() -> MeasureStudies.of(Samples.programme(), List.of("four-hour"), List.of(), List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no series snapshot of measure 'four-hour'");
    }

    @Test
    void shouldWriteTheContractVerdictShapeWithANullAssuranceIconKept() {
        // given readmissions has no target: no assurance icon
        SeriesSnapshot readmissions = Samples.snapshot("a-1", "readmissions",
                Samples.weekly(READMISSIONS_BASELINE, 12, 11, 13, 12, 12, 11, 12, 12));
        // when
        Map<String, Object> entry = MeasureStudies.of(Samples.programme(), List.of("readmissions"), List.of(),
                List.of(readmissions)).get(0).variable();
        // then
        assertThat(entry.keySet()).containsExactly("measureId", "measureName", "measureType", "result", "resultLabel",
                "predicted", "predictionMet", "predictionMetLabel", "variationIcon", "assuranceIcon", "trialLimits");
        assertThat(entry.get("assuranceIcon")).isNull();
    }
}
