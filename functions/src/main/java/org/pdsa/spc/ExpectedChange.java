package org.pdsa.spc;

import java.util.Locale;

/** The change a PDSA prediction expects in a measure. */
public enum ExpectedChange {
    INCREASE,
    DECREASE,
    NO_CHANGE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ExpectedChange parse(String text) {
        for (ExpectedChange c : values()) {
            if (c.jsonName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return c;
            }
        }
        throw new IllegalArgumentException("must be one of increase, decrease, no-change, got '" + text + "'");
    }
}
