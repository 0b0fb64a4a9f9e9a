package org.pdsa.spc;

import org.pdsa.codes.Coded;

/** Which way a measure improves: decides whether a special cause is improvement or concern. */
public enum Direction implements Coded {
    INCREASE,
    DECREASE,
    NEUTRAL;

    /** Parses the contract spelling (case-insensitive); the exception names the allowed values. */
    public static Direction parse(String text) {
        return Coded.parse(Direction.class, text).orElseThrow(() -> new IllegalArgumentException(
                "must be one of " + Coded.choices(Direction.class) + ", got '" + text + "'"));
    }
}
