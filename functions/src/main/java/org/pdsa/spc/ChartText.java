package org.pdsa.spc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The words of a chart: the screen-reader description, point titles, and numbers shortened for labels. */
final class ChartText {

    private ChartText() {}

    static String pointTitle(AnalysedPoint p) {
        String rule = p.rule() == null ? "" : " (" + p.rule().code().replace('-', ' ') + ")";
        return p.date() + ": " + p.value().toPlainString() + ", " + ChartMarks.label(p.variation()).toLowerCase(
                Locale.ROOT) + rule;
    }

    /** Four significant digits: enough to read a chart, short enough to fit beside it. */
    static String shown(BigDecimal v) {
        BigDecimal r = v.abs().compareTo(BigDecimal.valueOf(10_000)) >= 0 ? v.setScale(0, RoundingMode.HALF_EVEN)
                : v.round(new MathContext(4)).stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0).toPlainString() : r.toPlainString();
    }

    static String describe(SpcAnalysis a) {
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
                .collect(Collectors.groupingBy(p -> p.variation().code(), TreeMap::new,
                        Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey().replace('-', ' '))
                .collect(Collectors.joining(", "));
        d.append(special.isEmpty() ? "No special cause points. " : "Special cause points: " + special + ". ");
        d.append("Latest point: ").append(ChartMarks.label(a.variationIcon()).toLowerCase(Locale.ROOT))
                .append(". ");
        d.append(a.assuranceIcon() == null ? "No assurance icon (no target or neutral direction)."
                : "Assurance against target " + shown(a.options().target()) + ": "
                        + a.assuranceIcon().code().replace('-', ' ') + ".");
        if (!a.warnings().isEmpty()) {
            d.append(" Notes: ").append(String.join("; ", a.warnings())).append('.');
        }
        return d.toString();
    }
}
