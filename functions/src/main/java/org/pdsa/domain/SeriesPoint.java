package org.pdsa.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One point of a measure's series: the period's first day and its value. */
public record SeriesPoint(LocalDate period, BigDecimal value) {
}
