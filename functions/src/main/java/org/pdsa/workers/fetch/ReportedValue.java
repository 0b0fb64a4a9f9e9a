package org.pdsa.workers.fetch;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One aggregated value read from a FHIR MeasureReport: the measure's id, the period's first day, the score. */
public record ReportedValue(String measureId, LocalDate periodStart, BigDecimal value) {
}
