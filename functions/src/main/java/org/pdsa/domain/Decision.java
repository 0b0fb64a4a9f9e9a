package org.pdsa.domain;

import java.time.Instant;
import java.util.List;

/**
 * The act step of a cycle: adopt, adapt or abandon, why, on what evidence, by whom and when. A decision made
 * in a programme run names the run ({@code runId} null for a standalone cycle) and the change idea tested,
 * so the learning across providers reads decisions alone; {@code balancingConcern} says a balancing measure
 * showed special cause concern when it was made.
 */
public record Decision(
        String cycleId,
        String programmeId,
        String providerId,
        int cycleNumber,
        Act act,
        String rationale,
        List<MeasureEvidence> evidence,
        String decidedBy,
        Instant decidedAt,
        String runId,
        String changeIdea,
        boolean balancingConcern,
        StudyNotes notes) {

    public Decision {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** A decision outside a programme run, without change idea or study notes. */
    public Decision(String cycleId, String programmeId, String providerId, int cycleNumber, Act act, String rationale,
                    List<MeasureEvidence> evidence, String decidedBy, Instant decidedAt) {
        this(cycleId, programmeId, providerId, cycleNumber, act, rationale, evidence, decidedBy, decidedAt, null, null,
                false, null);
    }
}
