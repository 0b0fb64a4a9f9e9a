package org.pdsa.spc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The axes of a chart: the value scale (covering points, limits and target) and the drawn axes with dates. */
final class ChartAxes {

    private static final int MAX_DATE_LABELS = 8;

    private ChartAxes() {}

    static ChartScale scale(SpcAnalysis analysis, double top, double bottom) {
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
        return ChartScale.of(low, high, top, bottom);
    }

    static void draw(Svg svg, ChartScale scale, List<AnalysedPoint> points, double left, double right, double top,
            double bottom) {
        svg.open("g", "class", "axes", "font-size", "11", "fill", ChartMarks.INK);
        for (BigDecimal tick : scale.ticks()) {
            double y = scale.y(tick);
            svg.empty("line", "x1", Svg.num(left), "y1", Svg.num(y), "x2", Svg.num(right), "y2", Svg.num(y),
                    "stroke", "#e8edee", "stroke-width", "1");
            svg.text("text", tick.toPlainString(), "x", Svg.num(left - 6), "y", Svg.num(y + 4), "text-anchor", "end");
        }
        svg.empty("line", "x1", Svg.num(left), "y1", Svg.num(bottom), "x2", Svg.num(right), "y2", Svg.num(bottom),
                "stroke", ChartMarks.INK);
        svg.empty("line", "x1", Svg.num(left), "y1", Svg.num(top), "x2", Svg.num(left), "y2", Svg.num(bottom),
                "stroke", ChartMarks.INK);
        double step = (right - left) / points.size();
        int stride = Math.max(1, (points.size() + MAX_DATE_LABELS - 1) / MAX_DATE_LABELS);
        boolean monthly = points.stream().allMatch(p -> p.date().getDayOfMonth() == 1);
        for (int i = 0; i < points.size(); i += stride) {
            double x = left + (i + 0.5) * step;
            String date = points.get(i).date().toString();
            svg.empty("line", "x1", Svg.num(x), "y1", Svg.num(bottom), "x2", Svg.num(x), "y2", Svg.num(bottom + 4),
                    "stroke", ChartMarks.INK);
            svg.text("text", monthly ? date.substring(0, 7) : date, "x", Svg.num(x), "y", Svg.num(bottom + 18),
                    "text-anchor", "middle");
        }
        svg.close("g");
    }
}
