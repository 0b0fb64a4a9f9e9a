package org.pdsa.domain;

import org.pdsa.spc.Direction;
import java.math.BigDecimal;

/** A measure of a programme: what is counted, how it should move, an optional target, weekly or monthly. */
public record Measure(
        String id,
        String name,
        String unit,
        MeasureType type,
        Direction direction,
        BigDecimal target,
        MeasurePeriod period) {

    /**
     * The measure id a FHIR {@code Measure} reference names: {@code http://example.org/fhir/Measure/ed-4h|2.0} is
     * {@code ed-4h} (last path segment, version after '|' ignored); a bare id is itself; blank is null.
     */
    public static String idOf(String canonical) {
        if (canonical == null || canonical.isBlank()) {
            return null;
        }
        String url = canonical.strip();
        int bar = url.indexOf('|');
        if (bar >= 0) {
            url = url.substring(0, bar);
        }
        url = url.replaceAll("/+$", "");
        String id = url.substring(url.lastIndexOf('/') + 1);
        return id.isEmpty() ? null : id;
    }
}
