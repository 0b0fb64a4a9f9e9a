package org.pdsa.spc;

import java.util.List;
import java.util.Locale;

/**
 * The marks of an SPC chart that carry meaning without relying on colour: one marker shape per variation,
 * the variation and assurance badges (letters plus a written label), and the legend.
 */
final class ChartMarks {

    static final String GREY = "#7f7f7f";
    static final String BLUE = "#005eb8";
    static final String ORANGE = "#c35a00";
    static final String PURPLE = "#6b2c91";
    static final String INK = "#212b32";
    static final String BASELINE_FILL = "#e8edee";
    static final String TEST_FILL = "#d9e8f5";
    private static final double LEGEND_ITEM_WIDTH = 250;
    private static final double LEGEND_ROW = 20;

    /** Legend entries after the markers: the line styles, in drawing order. */
    enum Line { MEAN, LIMITS, NEAR, TARGET, REBASE, BASELINE, TEST }

    private ChartMarks() {}

    static String colour(Variation v) {
        return switch (v) {
            case COMMON_CAUSE -> GREY;
            case IMPROVEMENT -> BLUE;
            case CONCERN -> ORANGE;
            case NEUTRAL_HIGH, NEUTRAL_LOW -> PURPLE;
        };
    }

    static String label(Variation v) {
        return switch (v) {
            case COMMON_CAUSE -> "Common cause";
            case IMPROVEMENT -> "Special cause improvement";
            case CONCERN -> "Special cause concern";
            case NEUTRAL_HIGH -> "Special cause neutral (high)";
            case NEUTRAL_LOW -> "Special cause neutral (low)";
        };
    }

    /** Circle, square, diamond, triangle up, triangle down: distinguishable in greyscale. */
    static String shape(Variation v, double x, double y) {
        String d = switch (v) {
            case COMMON_CAUSE -> "M%1$s,%2$s m-3.5,0 a3.5,3.5 0 1,0 7,0 a3.5,3.5 0 1,0 -7,0 Z";
            case IMPROVEMENT -> "M%1$s,%2$s m-4.5,-4.5 h9 v9 h-9 Z";
            case CONCERN -> "M%1$s,%2$s m0,-6 l6,6 l-6,6 l-6,-6 Z";
            case NEUTRAL_HIGH -> "M%1$s,%2$s m0,-6 l5.5,10 h-11 Z";
            case NEUTRAL_LOW -> "M%1$s,%2$s m0,6 l5.5,-10 h-11 Z";
        };
        return String.format(Locale.ROOT, d, Svg.num(x), Svg.num(y));
    }

    static void marker(Svg svg, Variation v, double x, double y, String title, String... extra) {
        String[] attributes = {"class", "point " + v.code(), "d", shape(v, x, y), "fill", colour(v),
            "stroke", v == Variation.COMMON_CAUSE ? "none" : INK, "stroke-width", "0.8"};
        String[] all = new String[attributes.length + extra.length];
        System.arraycopy(attributes, 0, all, 0, attributes.length);
        System.arraycopy(extra, 0, all, attributes.length, extra.length);
        svg.titled("path", title, all);
    }

    /** The variation badge: a letter (H/L, or ~ for common cause) in a circle, with its meaning written below. */
    static void variationBadge(Svg svg, Variation v, Side side, double cx, double cy) {
        String letter = v == Variation.COMMON_CAUSE ? "~" : side == Side.LOW ? "L" : "H";
        String text = switch (v) {
            case COMMON_CAUSE -> "Common cause";
            case IMPROVEMENT -> "Improvement";
            case CONCERN -> "Concern";
            case NEUTRAL_HIGH, NEUTRAL_LOW -> "Neutral";
        } + (v == Variation.COMMON_CAUSE ? "" : side == Side.LOW ? " (low)" : " (high)");
        badge(svg, "badge variation", "Variation: " + text, letter, colour(v), text, cx, cy);
    }

    static void assuranceBadge(Svg svg, Assurance a, double cx, double cy) {
        String letter = a == null ? "–" : switch (a) {
            case PASS -> "P";
            case FAIL -> "F";
            case HIT_AND_MISS -> "?";
        };
        String text = a == null ? "No assurance" : switch (a) {
            case PASS -> "Consistently passes target";
            case FAIL -> "Consistently fails target";
            case HIT_AND_MISS -> "Hit and miss target";
        };
        String colour = a == Assurance.PASS ? BLUE : a == Assurance.FAIL ? ORANGE : GREY;
        badge(svg, "badge assurance", "Assurance: " + text, letter, colour, text, cx, cy);
    }

    private static void badge(Svg svg, String cls, String title, String letter, String colour, String text,
            double cx, double cy) {
        svg.open("g", "class", cls);
        svg.text("title", title);
        svg.empty("circle", "cx", Svg.num(cx), "cy", Svg.num(cy), "r", "17", "fill", colour, "stroke", INK,
                "stroke-width", "1");
        svg.text("text", letter, "x", Svg.num(cx), "y", Svg.num(cy + 6), "text-anchor", "middle",
                "font-size", "17", "font-weight", "bold", "fill", "#ffffff");
        svg.text("text", text, "x", Svg.num(cx), "y", Svg.num(cy + 31), "text-anchor", "middle",
                "font-size", "10", "fill", INK);
        svg.close("g");
    }

    static double legendHeight(int items, double left, double right) {
        int perRow = perRow(left, right);
        return ((items + perRow - 1) / perRow) * LEGEND_ROW;
    }

    private static int perRow(double left, double right) {
        return Math.max(1, (int) ((right - left) / LEGEND_ITEM_WIDTH));
    }

    /** Draws the legend: markers first, then line and shading samples, in rows from {@code top}. */
    static void legend(Svg svg, List<Variation> variations, List<Line> lines, double left, double right,
            double top) {
        svg.open("g", "class", "legend");
        svg.text("title", "Legend");
        double itemWidth = LEGEND_ITEM_WIDTH;
        int perRow = perRow(left, right);
        int i = 0;
        for (Variation v : variations) {
            double x = left + (i % perRow) * itemWidth;
            double y = top + (i / perRow) * LEGEND_ROW;
            marker(svg, v, x + 6, y, label(v));
            svg.text("text", label(v), "x", Svg.num(x + 16), "y", Svg.num(y + 4), "font-size", "11", "fill", INK);
            i++;
        }
        for (Line line : lines) {
            double x = left + (i % perRow) * itemWidth;
            double y = top + (i / perRow) * LEGEND_ROW;
            lineSample(svg, line, x, y);
            i++;
        }
        svg.close("g");
    }

    private static void lineSample(Svg svg, Line line, double x, double y) {
        String label = switch (line) {
            case MEAN -> "Mean";
            case LIMITS -> "Process limits (mean ± 2.66 × mR̄)";
            case NEAR -> "Near-limit lines (2/3 of the way)";
            case TARGET -> "Target";
            case REBASE -> "Rebased (new limits)";
            case BASELINE -> "Baseline period (shaded)";
            case TEST -> "Test window (shaded)";
        };
        switch (line) {
            case BASELINE, TEST -> svg.empty("rect", "x", Svg.num(x), "y", Svg.num(y - 6), "width", "12",
                    "height", "12", "fill", line == Line.BASELINE ? BASELINE_FILL : TEST_FILL, "stroke", INK,
                    "stroke-width", "0.5");
            default -> svg.empty("line", "x1", Svg.num(x), "y1", Svg.num(y), "x2", Svg.num(x + 14), "y2",
                    Svg.num(y), "stroke", lineColour(line), "stroke-width", "2", "stroke-dasharray", dash(line));
        }
        svg.text("text", label, "x", Svg.num(x + 18), "y", Svg.num(y + 4), "font-size", "11", "fill", INK);
    }

    static String dash(Line line) {
        return switch (line) {
            case MEAN -> "none";
            case LIMITS -> "6 3";
            case NEAR -> "2 3";
            case TARGET -> "10 3 2 3";
            default -> "4 4";
        };
    }

    static String lineColour(Line line) {
        return switch (line) {
            case TARGET -> "#007f3b";
            case NEAR -> "#768692";
            default -> INK;
        };
    }
}
