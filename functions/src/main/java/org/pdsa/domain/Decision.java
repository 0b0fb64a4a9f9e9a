package org.pdsa.domain;

import java.time.Instant;
import java.util.List;

/** The act step of a cycle: adopt, adapt or abandon, why, on what evidence, by whom and when. */
public record Decision(
        String cycleId,
        String programmeId,
        String providerId,
        int cycleNumber,
        Act act,
        String rationale,
        List<MeasureEvidence> evidence,
        String decidedBy,
        Instant decidedAt) {

    public Decision {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
