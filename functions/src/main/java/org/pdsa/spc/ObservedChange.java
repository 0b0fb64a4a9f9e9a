package org.pdsa.spc;

import java.util.Locale;

/** What the test window showed: special cause signals all high, all low, both, or none. */
public enum ObservedChange {
    INCREASE,
    DECREASE,
    MIXED,
    NONE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
