package org.pdsa.spc;

import org.pdsa.codes.Coded;

import java.math.BigDecimal;

/** The assurance icon: will the process meet its target, judged by where the target lies against the limits. */
public enum Assurance implements Coded {
    PASS,
    FAIL,
    HIT_AND_MISS;

    /**
     * Target above the upper limit: fail when higher is better, pass when lower is better; below the lower
     * limit: the reverse; on or between the limits: hit and miss. No target or a neutral direction: null.
     */
    public static Assurance of(BigDecimal target, Direction direction, Limits limits) {
        if (target == null || direction == Direction.NEUTRAL) {
            return null;
        }
        boolean increase = direction == Direction.INCREASE;
        if (target.compareTo(limits.upper()) > 0) {
            return increase ? FAIL : PASS;
        }
        if (target.compareTo(limits.lower()) < 0) {
            return increase ? PASS : FAIL;
        }
        return HIT_AND_MISS;
    }
}
