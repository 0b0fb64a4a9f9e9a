package org.pdsa.api;

import java.util.List;
import org.pdsa.store.Store;

/**
 * Which programme a FHIR MeasureReport belongs to: the {@code programme} query parameter when given,
 * otherwise the one programme of the provider that has the report's measure.
 */
final class ProgrammeOfMeasure {

    private ProgrammeOfMeasure() {
    }

    static String find(Store store, String providerId, String measureId, String named, String measureField) {
        if (named != null) {
            return named;
        }
        List<String> matching = store.programmes().programmesOfProvider(providerId).stream()
                .filter(id -> store.programmes().find(id).flatMap(p -> p.measure(measureId)).isPresent())
                .toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        throw ApiProblem.invalid(measureField, matching.isEmpty()
                ? "names measure '" + measureId + "', which no programme of provider " + providerId + " measures"
                : "names measure '" + measureId + "', which programmes " + matching
                        + " all measure: add ?programme=ID to the request");
    }
}
