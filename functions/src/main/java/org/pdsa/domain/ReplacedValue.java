package org.pdsa.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A value a resubmission replaced: what it was, when and by whom it was recorded, and when it was replaced. */
public record ReplacedValue(BigDecimal value, Instant recordedAt, String recordedBy, Instant replacedAt) {
}
