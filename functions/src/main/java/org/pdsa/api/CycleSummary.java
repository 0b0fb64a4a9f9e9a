package org.pdsa.api;

import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.DateRange;

/** A cycle in a programme's listing: who, which, where it stands, its test window and decision. */
public record CycleSummary(String id, String providerId, int number, CycleStatus status, DateRange testWindow,
                           Act decision, String processInstanceKey) {

    public static CycleSummary of(Cycle c) {
        return new CycleSummary(c.id(), c.providerId(), c.number(), c.status(),
                c.plan() == null ? null : c.plan().testWindow(), c.decision() == null ? null : c.decision().act(),
                c.processInstanceKey());
    }
}
