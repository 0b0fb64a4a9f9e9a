package org.pdsa.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The study step of a PDSA cycle for one measure: fixes the limits on the baseline period, applies them to
 * the points up to the end of the test window, and judges the test window against the baseline.
 */
public final class Study {

    private Study() {}

    /** {@code prediction} may be null (nothing was predicted for this measure). */
    public static StudyResult of(MeasureSeries measure, StudyWindow window, Prediction prediction) {
        List<SpcPoint> included = measure.points().stream()
                .filter(p -> !p.date().isBefore(window.baselineStart()) && !p.date().isAfter(window.testEnd()))
                .sorted(Comparator.comparing(SpcPoint::date))
                .toList();
        List<SpcPoint> baseline = included.stream().filter(p -> window.inBaseline(p.date())).toList();
        List<SpcPoint> test = included.stream().filter(p -> window.inTest(p.date())).toList();
        List<String> warnings = new ArrayList<>();
        BigDecimal testMean = test.isEmpty() ? null : Limits.average(values(test));

        if (baseline.size() < 2) {
            warnings.add("the baseline period " + window.baselineStart() + " to " + window.baselineEnd() + " has "
                    + baseline.size() + " point(s): at least 2 are needed to compute limits");
            return insufficient(measure, window, prediction, baseline.size(), null, test.size(), testMean,
                    null, warnings);
        }
        SpcOptions options = new SpcOptions(measure.direction(), measure.target(), baseline.size(), List.of(),
                false);
        SpcAnalysis analysis = XmrAnalysis.of(included, options);
        warnings.addAll(analysis.warnings());
        BigDecimal baselineMean = analysis.segments().get(0).limits().mean();
        if (test.isEmpty()) {
            warnings.add("no points in the test window " + window.testStart() + " to " + window.testEnd());
            return insufficient(measure, window, prediction, baseline.size(), baselineMean, 0, null, analysis,
                    warnings);
        }
        ObservedChange observed = observed(analysis, window);
        Verdict verdict = Verdict.of(observed, measure.direction());
        if (observed == ObservedChange.MIXED) {
            warnings.add("the test window shows both high and low special cause signals");
        }
        Prediction.Assessment assessment = prediction == null ? null : prediction.assess(observed, testMean);
        boolean review = measure.balancing() && verdict == Verdict.CONCERN;
        return new StudyResult(measure, window, prediction, verdict, observed,
                assessment == null ? null : assessment.met(),
                assessment == null ? "no prediction recorded" : assessment.summary(),
                analysis.variationIcon(), analysis.assuranceIcon(), review,
                review ? "balancing measure " + measure.name()
                        + " shows special cause concern: do not adopt without a human look" : null,
                baseline.size(), test.size(), baselineMean, testMean, analysis.segments().get(0).trialLimits(),
                analysis, warnings);
    }

    private static ObservedChange observed(SpcAnalysis analysis, StudyWindow window) {
        boolean high = false;
        boolean low = false;
        for (AnalysedPoint p : analysis.points()) {
            if (window.inTest(p.date()) && p.signal() != null) {
                high |= p.side() == Side.HIGH;
                low |= p.side() == Side.LOW;
            }
        }
        if (high && low) {
            return ObservedChange.MIXED;
        }
        return high ? ObservedChange.INCREASE : low ? ObservedChange.DECREASE : ObservedChange.NONE;
    }

    /** Nothing fair to judge; a balancing measure then still needs a human, since harm cannot be ruled out. */
    private static StudyResult insufficient(MeasureSeries measure, StudyWindow window, Prediction prediction,
            int baselinePoints, BigDecimal baselineMean, int testPoints, BigDecimal testMean, SpcAnalysis analysis,
            List<String> warnings) {
        boolean review = measure.balancing();
        return new StudyResult(measure, window, prediction, Verdict.INSUFFICIENT_DATA, ObservedChange.NONE, null,
                prediction == null ? "no prediction recorded" : "cannot tell: not enough data",
                analysis == null ? null : analysis.variationIcon(),
                analysis == null ? null : analysis.assuranceIcon(), review,
                review ? "balancing measure " + measure.name()
                        + " has too little data to rule out harm: do not adopt without a human look" : null,
                baselinePoints, testPoints, baselineMean, testMean,
                analysis == null || analysis.segments().get(0).trialLimits(), analysis, warnings);
    }

    private static List<BigDecimal> values(List<SpcPoint> points) {
        return points.stream().map(SpcPoint::value).toList();
    }
}
