package org.pdsa.spc;

import org.pdsa.codes.Coded;

/** The change a PDSA prediction expects in a measure. */
public enum ExpectedChange implements Coded {
    INCREASE,
    DECREASE,
    NO_CHANGE;

    /** Parses the contract spelling (case-insensitive); the exception names the allowed values. */
    public static ExpectedChange parse(String text) {
        return Coded.parse(ExpectedChange.class, text).orElseThrow(() -> new IllegalArgumentException(
                "must be one of " + Coded.choices(ExpectedChange.class) + ", got '" + text + "'"));
    }
}
