package org.pdsa.spc;

/** Variation of a point (and the variation icon of a series: the variation of its last point). */
public enum Variation {
    COMMON_CAUSE("common-cause"),
    IMPROVEMENT("improvement"),
    CONCERN("concern"),
    NEUTRAL_HIGH("neutral-high"),
    NEUTRAL_LOW("neutral-low");

    private final String jsonName;

    Variation(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

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
