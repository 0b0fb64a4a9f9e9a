package org.pdsa.domain;

import java.time.Instant;

/** One run of a programme's workflow across its providers (one process instance of the programme). */
public record Run(String id, String programmeId, String processInstanceKey, String startedBy, Instant startedAt) {
}
