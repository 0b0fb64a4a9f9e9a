package org.pdsa.domain;

import org.pdsa.spc.Verdict;

/**
 * The study's result for one measure: the verdict, whether the prediction was met (null when nothing was
 * predicted), the SPC icons, whether a person must look before adopting (a balancing measure in concern),
 * and the SPC analysis as JSON (the contract shape of DOMAIN.md §3).
 */
public record MeasureStudy(
        String measureId,
        Verdict verdict,
        Boolean predictionMet,
        String variationIcon,
        String assuranceIcon,
        boolean humanReviewNeeded,
        String analysisJson) {
}
