package org.pdsa.spc;

import java.math.BigDecimal;
import java.util.List;

/**
 * The study of one measure in a PDSA cycle: verdict, what changed, whether the prediction was met
 * ({@code predictionMet} null when there was no prediction or too little data), the icons, whether a human
 * must look before adopting, and the analysis behind it (null when the baseline has fewer than 2 points).
 */
public record StudyResult(
        MeasureSeries measure,
        StudyWindow window,
        Prediction prediction,
        Verdict verdict,
        ObservedChange observedChange,
        Boolean predictionMet,
        String predictionSummary,
        Variation variationIcon,
        Assurance assuranceIcon,
        boolean humanReviewNeeded,
        String reviewReason,
        int baselinePoints,
        int testPoints,
        BigDecimal baselineMean,
        BigDecimal testMean,
        boolean trialLimits,
        SpcAnalysis analysis,
        List<String> warnings) {

    public StudyResult {
        warnings = List.copyOf(warnings);
    }
}
