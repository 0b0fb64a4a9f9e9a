package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The body of {@code POST /providers/{id}/measurements}: plain JSON {@code {programme, measure, points:
 * [{period, value}]}}, or a FHIR R4 MeasureReport (or a Bundle of them) recognised by its
 * {@code resourceType}.
 */
public final class MeasurementInput {

    /** More points than ten years of weeks in one request is a mistake, not a submission. */
    static final int MAX_POINTS = 520;
    private static final Set<String> FIELDS = Set.of("programme", "measure", "points");
    private static final Set<String> POINT_FIELDS = Set.of("period", "value");

    private MeasurementInput() {
    }

    /** The submissions read, and the fields that were of the wrong type or shape (read as absent). */
    public record Parsed(List<Submission> submissions, List<org.pdsa.domain.FieldError> typeErrors) {
    }

    /**
     * The submissions in the body; 400 for malformed JSON. Type errors are returned, not thrown, so that one
     * 422 can name them together with the rule errors of the other values.
     */
    public static Parsed parse(String body, String reportingProvider) {
        JsonNode root = JsonInput.object(body);
        JsonInput in = new JsonInput();
        List<Submission> submissions = root.has("resourceType")
                ? FhirMeasureReports.read(root, reportingProvider, in)
                : List.of(plain(root, in));
        int points = submissions.stream().mapToInt(s -> s.points().size()).sum();
        if (points > MAX_POINTS) {
            throw ApiProblem.invalid("points", "holds " + points + " values; send at most " + MAX_POINTS
                    + " in one request");
        }
        return new Parsed(submissions, in.errors().list());
    }

    /** The submissions in the body; 400 for malformed JSON, 422 naming every field of the wrong type. */
    public static List<Submission> read(String body, String reportingProvider) {
        Parsed parsed = parse(body, reportingProvider);
        ApiProblem.throwIfAny(parsed.typeErrors());
        return parsed.submissions();
    }

    private static Submission plain(JsonNode root, JsonInput in) {
        in.onlyFields(root, "", FIELDS);
        String programme = in.text(root, "", "programme");
        String measure = in.text(root, "", "measure");
        if (programme == null && !root.hasNonNull("programme")) {
            in.errors().add("programme", "is required: the programme the values belong to");
        }
        if (measure == null && !root.hasNonNull("measure")) {
            in.errors().add("measure", "is required: the id of the programme's measure");
        }
        List<JsonNode> nodes = in.array(root, "", "points");
        if (nodes.isEmpty() && root.path("points").isArray()) {
            in.errors().add("points", "must hold at least one {period, value}");
        } else if (!root.hasNonNull("points")) {
            in.errors().add("points", "is required: [{\"period\": \"YYYY-MM-DD\", \"value\": number}]");
        }
        List<Submission.Point> points = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String at = "points[" + i + "]";
            JsonNode p = in.element(nodes.get(i), at);
            if (p == null) {
                continue;
            }
            in.onlyFields(p, at, POINT_FIELDS);
            LocalDate period = date(in, p, at, "period");
            BigDecimal value = in.number(p, at, "value");
            points.add(new Submission.Point(period, null, value, at));
        }
        return new Submission(programme, measure, "measure", points, false, null, null);
    }

    static LocalDate date(JsonInput in, JsonNode node, String at, String field) {
        String raw = in.text(node, at, field);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            in.errors().add(JsonInput.join(at, field), "must be an ISO date (YYYY-MM-DD), got '" + raw + "'");
            return null;
        }
    }
}
