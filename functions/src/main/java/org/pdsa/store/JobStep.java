package org.pdsa.store;

import java.time.Instant;

/** A finished job step: its key, the outcome it completed with (JSON, e.g. output variables), and when. */
public record JobStep(StepKey key, String outcome, Instant recordedAt) {
}
