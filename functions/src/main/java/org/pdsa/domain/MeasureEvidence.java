package org.pdsa.domain;

import java.util.List;

/** The evidence behind a decision for one measure: the series, the SPC result (JSON) and the prediction. */
public record MeasureEvidence(String measureId, List<SeriesPoint> series, String spcResultJson, Prediction prediction) {

    public MeasureEvidence {
        series = series == null ? List.of() : List.copyOf(series);
    }
}
