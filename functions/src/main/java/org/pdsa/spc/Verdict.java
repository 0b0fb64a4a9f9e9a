package org.pdsa.spc;

import org.pdsa.codes.Coded;

/**
 * The study verdict for one measure: improvement, concern or no signal; neutral-change when a measure
 * without an improvement direction changed; insufficient-data when there is nothing fair to judge.
 */
public enum Verdict implements Coded {
    IMPROVEMENT,
    CONCERN,
    NO_SIGNAL,
    NEUTRAL_CHANGE,
    INSUFFICIENT_DATA;

    /** Mixed signals count as concern: an improvement alongside a concern needs a human look first. */
    static Verdict of(ObservedChange observed, Direction direction) {
        if (observed == ObservedChange.NONE) {
            return NO_SIGNAL;
        }
        if (direction == Direction.NEUTRAL) {
            return NEUTRAL_CHANGE;
        }
        if (observed == ObservedChange.MIXED) {
            return CONCERN;
        }
        boolean up = observed == ObservedChange.INCREASE;
        return up == (direction == Direction.INCREASE) ? IMPROVEMENT : CONCERN;
    }
}
