package org.pdsa.domain;

import org.pdsa.spc.ExpectedChange;
import java.math.BigDecimal;

/** What the plan predicts for one measure: the expected change and, optionally, the value expected. */
public record Prediction(String measureId, ExpectedChange change, BigDecimal expectedValue, String statement) {
}
