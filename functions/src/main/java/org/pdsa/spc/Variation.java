package org.pdsa.spc;

import org.pdsa.codes.Coded;

/** Variation of a point (and the variation icon of a series: the variation of its last point). */
public enum Variation implements Coded {
    COMMON_CAUSE,
    IMPROVEMENT,
    CONCERN,
    NEUTRAL_HIGH,
    NEUTRAL_LOW;

    public boolean isSpecialCause() {
        return this != COMMON_CAUSE;
    }

    /** Common cause without a signal; otherwise improvement/concern by direction, or neutral high/low. */
    public static Variation of(Signal signal, Direction direction) {
        if (signal == null) {
            return COMMON_CAUSE;
        }
        boolean high = signal.side() == Side.HIGH;
        return switch (direction) {
            case INCREASE -> high ? IMPROVEMENT : CONCERN;
            case DECREASE -> high ? CONCERN : IMPROVEMENT;
            case NEUTRAL -> high ? NEUTRAL_HIGH : NEUTRAL_LOW;
        };
    }
}
