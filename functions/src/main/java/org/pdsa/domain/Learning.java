package org.pdsa.domain;

import java.time.Instant;
import java.util.List;

/**
 * What a programme run learned: every decision its cycles stored, grouped by change idea and decision,
 * with a short summary to share; compiled once per run (also when the run was closed early).
 */
public record Learning(
        String programmeId,
        String runId,
        Instant compiledAt,
        boolean closedEarly,
        String closeReason,
        int decisionCount,
        List<LearningGroup> groups,
        String summary) {

    public Learning {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
