package org.pdsa.workers.analyse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Programme;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.spc.AnalysedPoint;
import org.pdsa.spc.Direction;
import org.pdsa.spc.ExpectedChange;
import org.pdsa.spc.MeasureSeries;
import org.pdsa.spc.Prediction;
import org.pdsa.spc.SpcPoint;
import org.pdsa.spc.Study;
import org.pdsa.spc.StudyResult;
import org.pdsa.spc.StudyWindow;
import org.pdsa.spc.Variation;
import org.pdsa.workers.JobInputException;

/**
 * Studies a cycle's measures from its series snapshots (Making Data Count rules, limits fixed on the
 * baseline) and judges each as the contract says: {@code concern} if a test-window point is special cause
 * concern, else {@code improvement}, else {@code neutral-change}, else {@code no-signal}; the prediction is
 * met when an improvement was predicted and seen, or no concern was predicted and none was seen.
 * Deterministic, so the analyse and store-decision jobs get the same studies from the same snapshots.
 */
public final class MeasureStudies {

    private MeasureStudies() {
    }

    public static List<MeasureVerdict> of(Programme programme, List<String> measureIds,
                                          List<String> predictedImprovements, List<SeriesSnapshot> snapshots) {
        Map<String, SeriesSnapshot> byMeasure = snapshots.stream()
                .collect(Collectors.toMap(SeriesSnapshot::measureId, Function.identity(), (a, b) -> b));
        List<MeasureVerdict> verdicts = new ArrayList<>();
        for (String id : measureIds) {
            Measure measure = programme.measure(id).orElseThrow(() -> new JobInputException(
                    "measure '" + id + "' of measureIds is not in programme '" + programme.id() + "'"));
            SeriesSnapshot snapshot = byMeasure.get(id);
            if (snapshot == null) {
                // fetch-metrics writes the snapshot before the process reaches analysis: a gap is worth a retry
                throw new IllegalStateException("no series snapshot of measure '" + id + "' for cycle "
                        + (snapshots.isEmpty() ? "(none stored)" : snapshots.get(0).cycleId()));
            }
            verdicts.add(judge(measure, snapshot, predictedImprovements.contains(id)));
        }
        return verdicts;
    }

    static MeasureVerdict judge(Measure measure, SeriesSnapshot snapshot, boolean predictedImprovement) {
        MeasureSeries series = new MeasureSeries(measure.id(), measure.name(),
                measure.type() == MeasureType.BALANCING, measure.direction(), measure.target(),
                snapshot.points().stream().map(MeasureStudies::point).toList());
        StudyWindow window = new StudyWindow(snapshot.baseline().start(), snapshot.baseline().end(),
                snapshot.testWindow().start(), snapshot.testWindow().end());
        StudyResult study = Study.of(series, window, prediction(measure.direction(), predictedImprovement));
        MeasureVerdict.Result result = result(study, window);
        boolean met = predictedImprovement ? result == MeasureVerdict.Result.IMPROVEMENT
                : result != MeasureVerdict.Result.CONCERN;
        return new MeasureVerdict(measure, study, result, predictedImprovement, met);
    }

    private static MeasureVerdict.Result result(StudyResult study, StudyWindow window) {
        if (study.analysis() == null) {
            return MeasureVerdict.Result.NO_SIGNAL;
        }
        List<Variation> seen = study.analysis().points().stream()
                .filter(p -> window.inTest(p.date()))
                .map(AnalysedPoint::variation)
                .toList();
        if (seen.contains(Variation.CONCERN)) {
            return MeasureVerdict.Result.CONCERN;
        }
        if (seen.contains(Variation.IMPROVEMENT)) {
            return MeasureVerdict.Result.IMPROVEMENT;
        }
        if (seen.contains(Variation.NEUTRAL_HIGH) || seen.contains(Variation.NEUTRAL_LOW)) {
            return MeasureVerdict.Result.NEUTRAL_CHANGE;
        }
        return MeasureVerdict.Result.NO_SIGNAL;
    }

    /** An improvement predicted means a move in the measure's direction; a neutral measure cannot improve. */
    private static Prediction prediction(Direction direction, boolean predictedImprovement) {
        if (!predictedImprovement || direction == Direction.NEUTRAL) {
            return null;
        }
        return Prediction.of(direction == Direction.INCREASE ? ExpectedChange.INCREASE : ExpectedChange.DECREASE);
    }

    private static SpcPoint point(SeriesPoint p) {
        return new SpcPoint(p.period(), p.value());
    }
}
