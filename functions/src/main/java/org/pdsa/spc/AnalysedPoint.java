package org.pdsa.spc;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A point with its special cause signal (null for common cause) and its variation. */
public record AnalysedPoint(LocalDate date, BigDecimal value, Signal signal, Variation variation) {

    /** The rule that labels the point, or null. */
    public Rule rule() {
        return signal == null ? null : signal.rule();
    }

    /** High or low for a special cause, null for common cause. */
    public Side side() {
        return signal == null ? null : signal.side();
    }
}
