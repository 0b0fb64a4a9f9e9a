package org.pdsa.spc;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A PDSA prediction for one measure: the expected change and, optionally, the value the test window's
 * mean should reach (at least it for an increase, at most it for a decrease).
 */
public record Prediction(ExpectedChange change, BigDecimal expectedValue) {

    public Prediction {
        Objects.requireNonNull(change, "change");
        expectedValue = expectedValue == null ? null : expectedValue.stripTrailingZeros();
        if (expectedValue != null && change == ExpectedChange.NO_CHANGE) {
            throw new SpcInputException("prediction.expectedValue",
                    "an expected value needs an expected change of increase or decrease");
        }
    }

    public static Prediction of(ExpectedChange change) {
        return new Prediction(change, null);
    }

    public static Prediction of(ExpectedChange change, double expectedValue) {
        return new Prediction(change, BigDecimal.valueOf(expectedValue));
    }

    /** Whether the prediction was met, with a sentence saying why. */
    public record Assessment(boolean met, String summary) {}

    Assessment assess(ObservedChange observed, BigDecimal testMean) {
        String seen = switch (observed) {
            case INCREASE -> "a special cause increase";
            case DECREASE -> "a special cause decrease";
            case MIXED -> "both increase and decrease signals";
            case NONE -> "no special cause";
        };
        String mean = "test-window mean " + SpcJson.round(testMean).toPlainString();
        if (change == ExpectedChange.NO_CHANGE) {
            boolean met = observed == ObservedChange.NONE;
            return new Assessment(met, "predicted no change; observed " + seen + ": " + (met ? "met" : "not met"));
        }
        boolean up = change == ExpectedChange.INCREASE;
        boolean directionMet = observed == (up ? ObservedChange.INCREASE : ObservedChange.DECREASE);
        String predicted = "predicted " + (up ? "an increase" : "a decrease");
        if (expectedValue == null) {
            return new Assessment(directionMet, predicted + "; observed " + seen + ": "
                    + (directionMet ? "met" : "not met"));
        }
        int cmp = testMean.compareTo(expectedValue);
        boolean valueMet = up ? cmp >= 0 : cmp <= 0;
        boolean met = directionMet && valueMet;
        return new Assessment(met, predicted + " to " + (up ? "at least " : "at most ")
                + expectedValue.toPlainString() + "; observed " + seen + ", " + mean + ": "
                + (met ? "met" : "not met"));
    }
}
