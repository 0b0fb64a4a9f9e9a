package org.pdsa.spc;

import java.util.Locale;

/**
 * What to draw besides the analysis: a title and subtitle, whether to draw the near-limit lines, a study
 * window to shade (or null), and the prefix of element ids (unique per page when several charts are inlined).
 */
public record ChartSpec(String title, String subtitle, boolean nearLimits, StudyWindow shading, String idPrefix) {

    public ChartSpec {
        title = title == null || title.isBlank() ? "SPC chart" : title;
        subtitle = subtitle == null ? "" : subtitle;
        idPrefix = idPrefix == null || idPrefix.isBlank() ? "spc-" + slug(title) : slug(idPrefix);
    }

    public static ChartSpec titled(String title) {
        return new ChartSpec(title, null, true, null, null);
    }

    public ChartSpec withSubtitle(String value) {
        return new ChartSpec(title, value, nearLimits, shading, idPrefix);
    }

    public ChartSpec withShading(StudyWindow value) {
        return new ChartSpec(title, subtitle, nearLimits, value, idPrefix);
    }

    public ChartSpec withNearLimits(boolean value) {
        return new ChartSpec(title, subtitle, value, shading, idPrefix);
    }

    public ChartSpec withIdPrefix(String value) {
        return new ChartSpec(title, subtitle, nearLimits, shading, value);
    }

    /** Lowercase letters, digits and hyphens: safe in an XML id, and unchanged when applied again. */
    private static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > 40 ? s.substring(0, 40) : s;
        return s.isEmpty() ? "chart" : s;
    }
}
