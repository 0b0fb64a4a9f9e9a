package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pdsa.domain.FhirDate;
import org.pdsa.domain.Measure;
import org.pdsa.spc.Direction;

/**
 * Reads the few fields of a FHIR R4 MeasureReport the product needs, with Jackson (a full FHIR stack is too
 * heavy for a Lambda): {@code measure} (the measure id, or a canonical URL whose last segment is the id,
 * version after '|' ignored), {@code period.start}/{@code end}, the score of its one {@code group}
 * ({@code measureScore.value}), {@code reporter} (must be the submitting provider) and
 * {@code improvementNotation}. Only complete summary reports are accepted: individual and subject-list
 * reports are about patients and have no place here. A Bundle of MeasureReports is read entry by entry.
 */
public final class FhirMeasureReports {

    private FhirMeasureReports() {
    }

    static List<Submission> read(JsonNode root, String reportingProvider, JsonInput in) {
        String type = root.path("resourceType").asText("");
        if (type.equals("MeasureReport")) {
            Submission s = report(root, "", reportingProvider, in);
            return s == null ? List.of() : List.of(s);
        }
        if (!type.equals("Bundle")) {
            in.errors().add("resourceType", "must be MeasureReport or Bundle (of MeasureReports), got '" + type + "'");
            return List.of();
        }
        List<Submission> submissions = new ArrayList<>();
        List<JsonNode> entries = in.array(root, "", "entry");
        if (entries.isEmpty()) {
            in.errors().add("entry", "must hold at least one MeasureReport");
        }
        for (int i = 0; i < entries.size(); i++) {
            String at = "entry[" + i + "].resource";
            JsonNode resource = entries.get(i).path("resource");
            if (!"MeasureReport".equals(resource.path("resourceType").asText(null))) {
                in.errors().add(at + ".resourceType", "must be MeasureReport");
                continue;
            }
            Submission s = report(resource, at, reportingProvider, in);
            if (s != null) {
                submissions.add(s);
            }
        }
        return submissions;
    }

    private static Submission report(JsonNode r, String at, String reportingProvider, JsonInput in) {
        String status = in.text(r, at, "status");
        if (status != null && !status.equals("complete")) {
            in.errors().add(JsonInput.join(at, "status"), "is '" + status + "': only complete reports are stored");
        }
        String type = in.text(r, at, "type");
        if (type == null || !type.equals("summary")) {
            in.errors().add(JsonInput.join(at, "type"), type == null ? "is required: summary (aggregated values)"
                    : "is '" + type + "': only summary reports (aggregated values) are accepted, never patient-level"
                    + " data");
        }
        if (r.path("subject").path("reference").asText("").startsWith("Patient")) {
            in.errors().add(JsonInput.join(at, "subject"), "names a patient: only aggregated values are accepted");
        }
        String measure = measureId(in.text(r, at, "measure"));
        if (measure == null && in.errors().list().stream().noneMatch(e -> e.field().equals(JsonInput.join(at, "measure")))) {
            in.errors().add(JsonInput.join(at, "measure"), "is required: the measure id or a canonical URL ending in it");
        }
        reporter(r, at, reportingProvider, in);
        JsonNode period = in.object(r, at, "period");
        String periodAt = JsonInput.join(at, "period");
        LocalDate start = period == null ? null : date(in, period, periodAt, "start");
        LocalDate end = period == null ? null : date(in, period, periodAt, "end");
        if (start == null && (period == null || !period.hasNonNull("start"))) {
            in.errors().add(JsonInput.join(periodAt, "start"), "is required: the first day of the period");
        }
        BigDecimal value = score(r, at, in);
        Direction notation = notation(r.path("improvementNotation"));
        return new Submission(null, measure, JsonInput.join(at, "measure"),
                List.of(new Submission.Point(start, end, value, at)), true, notation,
                JsonInput.join(at, "improvementNotation"));
    }

    /** The measure id a MeasureReport's {@code measure} names ({@link Measure#idOf}). */
    static String measureId(String canonical) {
        return Measure.idOf(canonical);
    }

    private static void reporter(JsonNode r, String at, String reportingProvider, JsonInput in) {
        JsonNode reporter = r.path("reporter");
        if (reporter.isMissingNode() || reporter.isNull()) {
            return;
        }
        String named = reporter.path("identifier").path("value").asText(null);
        if (named == null) {
            String reference = reporter.path("reference").asText(null);
            named = reference == null ? null : reference.substring(reference.lastIndexOf('/') + 1);
        }
        if (named != null && !named.equals(reportingProvider)) {
            in.errors().add(JsonInput.join(at, "reporter"), "names '" + named + "', but the report is submitted for"
                    + " provider " + reportingProvider);
        }
    }

    private static BigDecimal score(JsonNode r, String at, JsonInput in) {
        List<JsonNode> groups = in.array(r, at, "group");
        List<Integer> scored = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).path("measureScore").has("value")) {
                scored.add(i);
            }
        }
        if (scored.size() != 1) {
            in.errors().add(JsonInput.join(at, "group"), scored.isEmpty()
                    ? "must hold a group with measureScore.value (the aggregated value)"
                    : "holds " + scored.size() + " scored groups; send one MeasureReport per measure and period");
            return null;
        }
        String scoreAt = JsonInput.join(at, "group[" + scored.get(0) + "].measureScore");
        return in.number(groups.get(scored.get(0)).path("measureScore"), scoreAt, "value");
    }

    private static Direction notation(JsonNode concept) {
        for (JsonNode coding : concept.path("coding")) {
            String code = coding.path("code").asText("");
            if (code.equals("increase")) {
                return Direction.INCREASE;
            }
            if (code.equals("decrease")) {
                return Direction.DECREASE;
            }
        }
        return null;
    }

    /** A FHIR date or dateTime ({@link FhirDate}): the calendar date as written (a year-month is its first day). */
    private static LocalDate date(JsonInput in, JsonNode node, String at, String field) {
        String raw = in.text(node, at, field);
        if (raw == null) {
            return null;
        }
        Optional<LocalDate> day = FhirDate.firstDay(raw);
        if (day.isEmpty()) {
            in.errors().add(JsonInput.join(at, field), "must be a FHIR date (YYYY, YYYY-MM, YYYY-MM-DD) or dateTime, got '"
                    + raw + "'");
        }
        return day.orElse(null);
    }
}
