package org.pdsa.api;

import java.util.List;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasureEvidence;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Programme;
import org.pdsa.spc.ChartSpec;
import org.pdsa.spc.MeasureSeries;
import org.pdsa.spc.Prediction;
import org.pdsa.spc.SpcChart;
import org.pdsa.spc.SpcOptions;
import org.pdsa.spc.SpcPoint;
import org.pdsa.spc.Study;
import org.pdsa.spc.StudyWindow;
import org.pdsa.spc.XmrAnalysis;

/**
 * The SPC chart (SVG) of one piece of a decision's evidence, drawn by the spc package from the stored series:
 * the study chart (limits fixed on the baseline, windows shaded) when the cycle's plan gives the windows, a
 * plain XmR chart otherwise.
 */
final class EvidenceCharts {

    private EvidenceCharts() {
    }

    /** The chart, or null when there is nothing to draw (no series, or a series the analysis refuses). */
    static String svg(Programme programme, Cycle cycle, MeasureEvidence evidence) {
        Measure measure = programme.measure(evidence.measureId()).orElse(null);
        if (measure == null || evidence.series().isEmpty()) {
            return null;
        }
        List<SpcPoint> points = evidence.series().stream().filter(p -> p.period() != null && p.value() != null)
                .map(p -> new SpcPoint(p.period(), p.value())).toList();
        try {
            Plan plan = cycle == null ? null : cycle.plan();
            if (plan != null && plan.baseline() != null && plan.testWindow() != null) {
                MeasureSeries series = new MeasureSeries(measure.id(), measure.name(),
                        measure.type() == MeasureType.BALANCING, measure.direction(), measure.target(), points);
                StudyWindow window = new StudyWindow(plan.baseline().start(), plan.baseline().end(),
                        plan.testWindow().start(), plan.testWindow().end());
                Prediction prediction = evidence.prediction() == null || evidence.prediction().change() == null ? null
                        : new Prediction(evidence.prediction().change(), null);
                return SpcChart.render(Study.of(series, window, prediction));
            }
            return SpcChart.render(XmrAnalysis.of(points, SpcOptions.of(measure.direction()).withTarget(measure.target())),
                    ChartSpec.titled(measure.name()).withIdPrefix("spc-" + measure.id()));
        } catch (IllegalArgumentException refused) {
            // SpcInputException included: evidence the analysis cannot read gets no chart, the rest still shows
            return null;
        }
    }
}
