package org.pdsa.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Renders an analysis (or a study) as an accessible SVG XmR chart: mean, process and near-limit lines per
 * segment, markers by variation (shape and colour), target, rebase breaks, study shading, date axis,
 * variation and assurance badges, legend, {@code <title>} and {@code <desc>}. Output is deterministic.
 */
public final class SpcChart {

    static final double WIDTH = 880;
    private static final double LEFT = 72;
    private static final double RIGHT = WIDTH - 120;
    private static final double TOP = 96;
    private static final double BOTTOM = 356;
    /** Warnings shown under the legend; all of them are in the description. */
    private static final int MAX_NOTES = 3;

    private SpcChart() {}

    /** A study's chart: baseline and test window shaded, the verdict in the description. */
    public static String render(StudyResult study) {
        MeasureSeries m = study.measure();
        ChartSpec spec = ChartSpec.titled(m.name()).withShading(study.window()).withIdPrefix("spc-" + m.id())
                .withSubtitle("Study " + study.window().testStart() + " to " + study.window().testEnd()
                        + " · verdict: " + study.verdict().code().replace('-', ' '));
        String summary = "Study of " + m.name() + ": baseline " + study.window().baselineStart() + " to "
                + study.window().baselineEnd() + " (" + study.baselinePoints() + " points), test window "
                + study.window().testStart() + " to " + study.window().testEnd() + " (" + study.testPoints()
                + " points). Verdict: " + study.verdict().code().replace('-', ' ') + ". "
                + study.predictionSummary() + ".";
        if (study.analysis() == null) {
            return empty(spec, summary + " Not enough data to draw limits.");
        }
        return render(study.analysis(), spec, summary);
    }

    public static String render(SpcAnalysis analysis, ChartSpec spec) {
        return render(analysis, spec, "");
    }

    private static String render(SpcAnalysis analysis, ChartSpec spec, String lead) {
        List<AnalysedPoint> points = analysis.points();
        List<ChartMarks.Line> lines = legendLines(analysis, spec);
        List<Variation> variations = legendVariations(analysis.options().direction());
        double legendTop = BOTTOM + 56;
        double notesTop = legendTop + ChartMarks.legendHeight(variations.size() + lines.size(), LEFT, WIDTH - 16) + 6;
        List<String> notes = analysis.warnings().stream().limit(MAX_NOTES).toList();
        double height = notesTop + notes.size() * 15 + 8;
        Svg svg = start(spec, lead + ChartText.describe(analysis), height);
        ChartScale scale = ChartAxes.scale(analysis, TOP, BOTTOM);
        double step = (RIGHT - LEFT) / points.size();

        svg.open("g", "class", "plot");
        if (spec.shading() != null) {
            shadeRange(svg, points, step, "baseline", "Baseline", ChartMarks.BASELINE_FILL,
                    p -> spec.shading().inBaseline(p.date()));
            shadeRange(svg, points, step, "test-window", "Test window", ChartMarks.TEST_FILL,
                    p -> spec.shading().inTest(p.date()));
        }
        ChartAxes.draw(svg, scale, points, LEFT, RIGHT, TOP, BOTTOM);
        for (Segment s : analysis.segments()) {
            segmentLines(svg, s, scale, step, spec.nearLimits(), s == analysis.lastSegment());
        }
        BigDecimal target = analysis.options().target();
        if (target != null) {
            horizontal(svg, "target", LEFT, RIGHT, scale.y(target), ChartMarks.Line.TARGET);
            svg.text("text", "Target " + ChartText.shown(target), "x", Svg.num(LEFT + 4),
                    "y", Svg.num(scale.y(target) - 4), "font-size", "10",
                    "fill", ChartMarks.lineColour(ChartMarks.Line.TARGET));
        }
        series(svg, points, scale, step);
        svg.close("g");

        ChartMarks.variationBadge(svg, analysis.variationIcon(), points.get(points.size() - 1).side(),
                WIDTH - 190, 34);
        ChartMarks.assuranceBadge(svg, analysis.assuranceIcon(), WIDTH - 70, 34);
        ChartMarks.legend(svg, variations, lines, LEFT, WIDTH - 16, legendTop);
        for (int i = 0; i < notes.size(); i++) {
            svg.text("text", "Note: " + notes.get(i), "class", "note", "x", Svg.num(LEFT), "y",
                    Svg.num(notesTop + i * 15 + 4), "font-size", "10", "fill", "#4c6272");
        }
        return svg.close("svg").toString();
    }

    private static void series(Svg svg, List<AnalysedPoint> points, ChartScale scale, double step) {
        StringBuilder polyline = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            polyline.append(i == 0 ? "" : " ").append(Svg.num(x(i, step))).append(',')
                    .append(Svg.num(scale.y(points.get(i).value())));
        }
        svg.empty("polyline", "class", "series", "points", polyline.toString(), "fill", "none", "stroke", "#425563",
                "stroke-width", "1.5");
        svg.open("g", "class", "points");
        for (int i = 0; i < points.size(); i++) {
            AnalysedPoint p = points.get(i);
            ChartMarks.marker(svg, p.variation(), x(i, step), scale.y(p.value()), ChartText.pointTitle(p),
                    "data-date", p.date().toString(), "data-variation", p.variation().code());
        }
        svg.close("g");
    }

    private static Svg start(ChartSpec spec, String description, double height) {
        Svg svg = new Svg();
        String id = spec.idPrefix();
        String h = String.valueOf((int) Math.ceil(height));
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + (int) WIDTH + " " + h,
                "width", String.valueOf((int) WIDTH), "height", h, "role", "img",
                "aria-labelledby", id + "-title " + id + "-desc", "font-family", "Arial, Helvetica, sans-serif");
        svg.text("title", spec.title(), "id", id + "-title");
        svg.text("desc", description, "id", id + "-desc");
        svg.empty("rect", "x", "0", "y", "0", "width", String.valueOf((int) WIDTH), "height", h, "fill", "#ffffff");
        svg.text("text", spec.title(), "x", "16", "y", "28", "font-size", "17", "font-weight", "bold",
                "fill", ChartMarks.INK);
        svg.text("text", spec.subtitle(), "x", "16", "y", "48", "font-size", "12", "fill", "#4c6272");
        return svg;
    }

    private static String empty(ChartSpec spec, String description) {
        Svg svg = start(spec, description, 120);
        svg.text("text", "Not enough data to draw an SPC chart", "x", "16", "y", "90", "font-size", "13",
                "fill", ChartMarks.INK);
        return svg.close("svg").toString();
    }

    private static void segmentLines(Svg svg, Segment s, ChartScale scale, double step, boolean near,
            boolean labelled) {
        double from = LEFT + s.start() * step;
        double to = LEFT + (s.end() + 1) * step;
        Limits l = s.limits();
        svg.open("g", "class", "segment", "data-start", String.valueOf(s.start()), "data-end",
                String.valueOf(s.end()), "data-trial", String.valueOf(s.trialLimits()));
        horizontal(svg, "mean", from, to, scale.y(l.mean()), ChartMarks.Line.MEAN);
        horizontal(svg, "limit upper", from, to, scale.y(l.upper()), ChartMarks.Line.LIMITS);
        horizontal(svg, "limit lower", from, to, scale.y(l.lower()), ChartMarks.Line.LIMITS);
        if (near) {
            horizontal(svg, "near upper", from, to, scale.y(l.nearUpper()), ChartMarks.Line.NEAR);
            horizontal(svg, "near lower", from, to, scale.y(l.nearLower()), ChartMarks.Line.NEAR);
        }
        if (s.start() > 0) {
            svg.empty("line", "class", "rebase", "x1", Svg.num(from), "y1", Svg.num(TOP), "x2", Svg.num(from),
                    "y2", Svg.num(BOTTOM), "stroke", ChartMarks.INK, "stroke-dasharray", ChartMarks.dash(
                            ChartMarks.Line.REBASE));
            svg.text("text", "Rebased", "x", Svg.num(from + 3), "y", Svg.num(TOP + 10), "font-size", "10",
                    "fill", ChartMarks.INK);
        }
        if (labelled) {
            String trial = s.trialLimits() ? " (trial)" : "";
            label(svg, "Upper " + ChartText.shown(l.upper()) + trial, to, scale.y(l.upper()));
            label(svg, "Mean " + ChartText.shown(l.mean()), to, scale.y(l.mean()));
            label(svg, "Lower " + ChartText.shown(l.lower()) + trial, to, scale.y(l.lower()));
        }
        svg.close("g");
    }

    private static void shadeRange(Svg svg, List<AnalysedPoint> points, double step, String cls, String label,
            String fill, Predicate<AnalysedPoint> in) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < points.size(); i++) {
            if (in.test(points.get(i))) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return;
        }
        double from = LEFT + first * step;
        svg.empty("rect", "class", "shading " + cls, "x", Svg.num(from), "y", Svg.num(TOP), "width",
                Svg.num((last - first + 1) * step), "height", Svg.num(BOTTOM - TOP), "fill", fill);
        svg.text("text", label, "x", Svg.num(from + 4), "y", Svg.num(TOP - 6), "font-size", "11", "fill",
                ChartMarks.INK);
    }

    private static void horizontal(Svg svg, String cls, double from, double to, double y, ChartMarks.Line style) {
        svg.empty("line", "class", cls, "x1", Svg.num(from), "y1", Svg.num(y), "x2", Svg.num(to), "y2", Svg.num(y),
                "stroke", ChartMarks.lineColour(style), "stroke-width", style == ChartMarks.Line.MEAN ? "1.5" : "1.2",
                "stroke-dasharray", ChartMarks.dash(style));
    }

    private static void label(Svg svg, String text, double x, double y) {
        svg.text("text", text, "x", Svg.num(x + 4), "y", Svg.num(y + 4), "font-size", "10", "fill", ChartMarks.INK);
    }

    private static double x(int index, double step) {
        return LEFT + (index + 0.5) * step;
    }

    private static List<ChartMarks.Line> legendLines(SpcAnalysis analysis, ChartSpec spec) {
        List<ChartMarks.Line> lines = new ArrayList<>();
        if (spec.shading() != null) {
            lines.addAll(List.of(ChartMarks.Line.BASELINE, ChartMarks.Line.TEST));
        }
        lines.addAll(List.of(ChartMarks.Line.MEAN, ChartMarks.Line.LIMITS));
        if (spec.nearLimits()) {
            lines.add(ChartMarks.Line.NEAR);
        }
        if (analysis.segments().size() > 1) {
            lines.add(ChartMarks.Line.REBASE);
        }
        if (analysis.options().target() != null) {
            lines.add(ChartMarks.Line.TARGET);
        }
        return lines;
    }

    private static List<Variation> legendVariations(Direction direction) {
        return direction == Direction.NEUTRAL
                ? List.of(Variation.COMMON_CAUSE, Variation.NEUTRAL_HIGH, Variation.NEUTRAL_LOW)
                : List.of(Variation.COMMON_CAUSE, Variation.IMPROVEMENT, Variation.CONCERN);
    }

}
