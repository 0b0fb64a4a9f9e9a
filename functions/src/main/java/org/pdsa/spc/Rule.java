package org.pdsa.spc;

import org.pdsa.codes.Coded;

/** The special cause rules, declared in their priority order (a point is labelled by the first that matches). */
public enum Rule implements Coded {
    OUTSIDE_LIMITS,
    TREND,
    TWO_OF_THREE,
    SHIFT;

}
