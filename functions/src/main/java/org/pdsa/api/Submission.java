package org.pdsa.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pdsa.spc.Direction;

/**
 * Values of one measure submitted by a provider, read from plain JSON or a FHIR MeasureReport. Each point
 * keeps the path of its fields in the request, so a refusal names the exact field. {@code programmeId} is
 * null when the request did not name it (FHIR); {@code notation} is a FHIR report's improvementNotation.
 */
public record Submission(String programmeId, String measureId, String measureField, List<Point> points,
                         boolean fhir, Direction notation, String notationField) {

    public Submission {
        points = List.copyOf(points);
    }

    /** One value: the period's first day, the value, the period's last day if the source gave it, where. */
    public record Point(LocalDate period, LocalDate periodEnd, BigDecimal value, String field) {
    }

    public Submission withProgramme(String id) {
        return new Submission(id, measureId, measureField, points, fhir, notation, notationField);
    }
}
