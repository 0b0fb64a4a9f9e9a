package org.pdsa.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

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
    private static final int MAX_DATE_LABELS = 8;

    private SpcChart() {}

    /** A study's chart: baseline and test window shaded, the verdict in the description. */
    public static String render(StudyResult study) {
        MeasureSeries m = study.measure();
        ChartSpec spec = ChartSpec.titled(m.name()).withShading(study.window()).withIdPrefix("spc-" + m.id())
                .withSubtitle("Study " + study.window().testStart() + " to " + study.window().testEnd()
                        + " · verdict: " + study.verdict().jsonName().replace('-', ' '));
        String summary = "Study of " + m.name() + ": baseline " + study.window().baselineStart() + " to "
                + study.window().baselineEnd() + " (" + study.baselinePoints() + " points), test window "
                + study.window().testStart() + " to " + study.window().testEnd() + " (" + study.testPoints()
                + " points). Verdict: " + study.verdict().jsonName().replace('-', ' ') + ". "
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
        ChartScale scale = scale(analysis);
        double step = (RIGHT - LEFT) / points.size();
        List<ChartMarks.Line> lines = new ArrayList<>();
        Svg svg = start(spec, lead + describe(analysis));

        svg.open("g", "class", "plot");
        if (spec.shading() != null) {
            shade(svg, points, spec.shading(), step, lines);
        }
        axes(svg, scale, points, step);
        lines.add(ChartMarks.Line.MEAN);
        lines.add(ChartMarks.Line.LIMITS);
        if (spec.nearLimits()) {
            lines.add(ChartMarks.Line.NEAR);
        }
        for (Segment s : analysis.segments()) {
            segmentLines(svg, s, scale, step, spec.nearLimits(), s == analysis.lastSegment());
            if (s.start() > 0) {
                double x = LEFT + s.start() * step;
                svg.empty("line", "class", "rebase", "x1", Svg.num(x), "y1", Svg.num(TOP), "x2", Svg.num(x),
                        "y2", Svg.num(BOTTOM), "stroke", ChartMarks.INK, "stroke-dasharray", "4 4");
                svg.text("text", "Rebased", "x", Svg.num(x + 3), "y", Svg.num(TOP + 10), "font-size", "10",
                        "fill", ChartMarks.INK);
            }
        }
        if (analysis.segments().size() > 1) {
            lines.add(ChartMarks.Line.REBASE);
        }
        BigDecimal target = analysis.options().target();
        if (target != null) {
            horizontal(svg, "target", LEFT, RIGHT, scale.y(target), ChartMarks.Line.TARGET);
            svg.text("text", "Target " + shown(target), "x", Svg.num(RIGHT + 4), "y", Svg.num(scale.y(target) + 4),
                    "font-size", "10", "fill", ChartMarks.lineColour(ChartMarks.Line.TARGET));
            lines.add(ChartMarks.Line.TARGET);
        }
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
            ChartMarks.marker(svg, p.variation(), x(i, step), scale.y(p.value()), pointTitle(p),
                    "data-date", p.date().toString(), "data-variation", p.variation().jsonName());
        }
        svg.close("g");
        svg.close("g");

        AnalysedPoint last = points.get(points.size() - 1);
        ChartMarks.variationBadge(svg, analysis.variationIcon(), last.side(), WIDTH - 190, 34);
        ChartMarks.assuranceBadge(svg, analysis.assuranceIcon(), WIDTH - 70, 34);
        double bottom = ChartMarks.legend(svg, legendVariations(analysis.options().direction()), lines, LEFT,
                WIDTH - 16, BOTTOM + 56);
        return finish(svg, bottom + 8);
    }

    private static Svg start(ChartSpec spec, String description) {
        Svg svg = new Svg();
        String id = spec.idPrefix();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + (int) WIDTH + " HEIGHT",
                "width", String.valueOf((int) WIDTH), "height", "HEIGHT", "role", "img",
                "aria-labelledby", id + "-title " + id + "-desc", "font-family", "Arial, Helvetica, sans-serif");
        svg.text("title", spec.title(), "id", id + "-title");
        svg.text("desc", description, "id", id + "-desc");
        svg.empty("rect", "x", "0", "y", "0", "width", String.valueOf((int) WIDTH), "height", "HEIGHT",
                "fill", "#ffffff");
        svg.text("text", spec.title(), "x", "16", "y", "28", "font-size", "17", "font-weight", "bold",
                "fill", ChartMarks.INK);
        svg.text("text", spec.subtitle(), "x", "16", "y", "48", "font-size", "12", "fill", "#4c6272");
        return svg;
    }

    private static String finish(Svg svg, double height) {
        return svg.close("svg").toString().replace("HEIGHT", String.valueOf((int) Math.ceil(height)));
    }

    private static String empty(ChartSpec spec, String description) {
        Svg svg = start(spec, description);
        svg.text("text", "Not enough data to draw an SPC chart", "x", "16", "y", "90", "font-size", "13",
                "fill", ChartMarks.INK);
        return finish(svg, 120);
    }

    private static ChartScale scale(SpcAnalysis analysis) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        List<BigDecimal> values = new ArrayList<>();
        analysis.points().forEach(p -> values.add(p.value()));
        analysis.segments().forEach(s -> values.addAll(List.of(s.limits().lower(), s.limits().upper())));
        if (analysis.options().target() != null) {
            values.add(analysis.options().target());
        }
        for (BigDecimal v : values) {
            low = Math.min(low, v.doubleValue());
            high = Math.max(high, v.doubleValue());
        }
        return ChartScale.of(low, high, TOP, BOTTOM);
    }

    private static void axes(Svg svg, ChartScale scale, List<AnalysedPoint> points, double step) {
        svg.open("g", "class", "axes", "font-size", "11", "fill", ChartMarks.INK);
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.y(tick);
            svg.empty("line", "x1", Svg.num(LEFT), "y1", Svg.num(y), "x2", Svg.num(RIGHT), "y2", Svg.num(y),
                    "stroke", "#e8edee", "stroke-width", "1");
            svg.text("text", tick.toPlainString(), "x", Svg.num(LEFT - 6), "y", Svg.num(y + 4), "text-anchor", "end");
        }
        svg.empty("line", "x1", Svg.num(LEFT), "y1", Svg.num(BOTTOM), "x2", Svg.num(RIGHT), "y2", Svg.num(BOTTOM),
                "stroke", ChartMarks.INK);
        svg.empty("line", "x1", Svg.num(LEFT), "y1", Svg.num(TOP), "x2", Svg.num(LEFT), "y2", Svg.num(BOTTOM),
                "stroke", ChartMarks.INK);
        int stride = Math.max(1, (points.size() + MAX_DATE_LABELS - 1) / MAX_DATE_LABELS);
        boolean monthly = points.stream().allMatch(p -> p.date().getDayOfMonth() == 1);
        for (int i = 0; i < points.size(); i += stride) {
            double x = x(i, step);
            String date = points.get(i).date().toString();
            svg.empty("line", "x1", Svg.num(x), "y1", Svg.num(BOTTOM), "x2", Svg.num(x), "y2", Svg.num(BOTTOM + 4),
                    "stroke", ChartMarks.INK);
            svg.text("text", monthly ? date.substring(0, 7) : date, "x", Svg.num(x), "y", Svg.num(BOTTOM + 18),
                    "text-anchor", "middle");
        }
        svg.close("g");
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
        if (labelled) {
            String trial = s.trialLimits() ? " (trial)" : "";
            label(svg, "Upper " + shown(l.upper()) + trial, to, scale.y(l.upper()));
            label(svg, "Mean " + shown(l.mean()), to, scale.y(l.mean()));
            label(svg, "Lower " + shown(l.lower()) + trial, to, scale.y(l.lower()));
        }
        svg.close("g");
    }

    private static void shade(Svg svg, List<AnalysedPoint> points, StudyWindow w, double step,
            List<ChartMarks.Line> lines) {
        shadeRange(svg, points, step, "baseline", "Baseline", "#e8edee", p -> w.inBaseline(p.date()));
        shadeRange(svg, points, step, "test-window", "Test window", "#d9e8f5", p -> w.inTest(p.date()));
        lines.add(ChartMarks.Line.BASELINE);
        lines.add(ChartMarks.Line.TEST);
    }

    private static void shadeRange(Svg svg, List<AnalysedPoint> points, double step, String cls, String label,
            String fill, java.util.function.Predicate<AnalysedPoint> in) {
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

    private static List<Variation> legendVariations(Direction direction) {
        return direction == Direction.NEUTRAL
                ? List.of(Variation.COMMON_CAUSE, Variation.NEUTRAL_HIGH, Variation.NEUTRAL_LOW)
                : List.of(Variation.COMMON_CAUSE, Variation.IMPROVEMENT, Variation.CONCERN);
    }

    private static String pointTitle(AnalysedPoint p) {
        String rule = p.rule() == null ? "" : " (" + p.rule().jsonName().replace('-', ' ') + ")";
        return p.date() + ": " + p.value().toPlainString() + ", " + ChartMarks.label(p.variation()).toLowerCase(
                java.util.Locale.ROOT) + rule;
    }

    /** Four significant digits: enough to read a chart, short enough to fit beside it. */
    static String shown(BigDecimal v) {
        BigDecimal r = v.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0 ? v.setScale(0, java.math.RoundingMode.HALF_EVEN)
                : v.round(new MathContext(4)).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }

    private static String describe(SpcAnalysis a) {
        List<AnalysedPoint> points = a.points();
        StringBuilder d = new StringBuilder("XmR chart of " + points.size() + " points from " + points.get(0).date()
                + " to " + points.get(points.size() - 1).date() + ". ");
        for (int k = 0; k < a.segments().size(); k++) {
            Limits l = a.segments().get(k).limits();
            d.append(a.segments().size() > 1 ? "Segment " + (k + 1) + ": mean " : "Mean ").append(shown(l.mean()))
                    .append(", process limits ").append(shown(l.lower())).append(" to ").append(shown(l.upper()))
                    .append(a.segments().get(k).trialLimits() ? " (trial limits)" : "").append(". ");
        }
        String special = points.stream().filter(p -> p.variation().isSpecialCause())
                .collect(Collectors.groupingBy(p -> p.variation().jsonName(), java.util.TreeMap::new,
                        Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey().replace('-', ' '))
                .collect(Collectors.joining(", "));
        d.append(special.isEmpty() ? "No special cause points. " : "Special cause points: " + special + ". ");
        d.append("Latest point: ").append(ChartMarks.label(a.variationIcon()).toLowerCase(java.util.Locale.ROOT))
                .append(". ");
        d.append(a.assuranceIcon() == null ? "No assurance icon (no target or neutral direction)."
                : "Assurance against target " + shown(a.options().target()) + ": "
                        + a.assuranceIcon().jsonName().replace('-', ' ') + ".");
        return d.toString();
    }
}
