package org.pdsa.spc;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which way a measure improves: decides whether a special cause is improvement or concern. */
public enum Direction {
    INCREASE,
    DECREASE,
    NEUTRAL;

    /** The contract spelling: {@code increase}, {@code decrease}, {@code neutral}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the contract spelling (case-insensitive); the exception names the allowed values. */
    public static Direction parse(String text) {
        for (Direction d : values()) {
            if (d.jsonName().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return d;
            }
        }
        throw new IllegalArgumentException("must be one of " + allowed() + ", got '" + text + "'");
    }

    static String allowed() {
        return Arrays.stream(values()).map(Direction::jsonName).collect(Collectors.joining(", "));
    }
}
