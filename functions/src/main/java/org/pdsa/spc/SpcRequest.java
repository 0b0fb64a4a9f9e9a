package org.pdsa.spc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A parsed {@code POST /analyses/spc} body: {@code {"direction", "target", "baseline", "rebase": [dates],
 * "screenOutliers", "points": [{"date" | "period", "value"}]}}. Parsing collects every problem, each naming
 * its field ({@code points[3].value}) and reason, and throws them together as {@link SpcInputException}.
 */
public record SpcRequest(List<SpcPoint> points, SpcOptions options) {

    private static final Set<String> FIELDS = Set.of("direction", "target", "baseline", "rebase", "screenOutliers",
            "points");
    private static final Set<String> POINT_FIELDS = Set.of("date", "period", "value");
    private static final int MAX_PROBLEMS = 50;

    public static SpcRequest fromJson(String body) {
        JsonNode root;
        try {
            root = SpcJson.MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new SpcInputException("body", "is not valid JSON: " + e.getOriginalMessage());
        }
        return fromJson(root);
    }

    public static SpcRequest fromJson(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new SpcInputException("body", "must be a JSON object with a points array");
        }
        List<InputProblem> problems = new ArrayList<>();
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(new InputProblem(name, "unknown field; expected one of direction, target, baseline,"
                        + " rebase, screenOutliers, points"));
            }
        }
        Direction direction = direction(root.get("direction"), problems);
        BigDecimal target = number(root.get("target"), "target", problems);
        Integer baseline = baseline(root.get("baseline"), problems);
        List<LocalDate> rebase = rebase(root.get("rebase"), problems);
        JsonNode screen = root.get("screenOutliers");
        if (present(screen) && !screen.isBoolean()) {
            problems.add(new InputProblem("screenOutliers", "must be true or false"));
        }
        List<SpcPoint> points = points(root.get("points"), problems);
        if (!problems.isEmpty()) {
            List<InputProblem> shown = new ArrayList<>(problems.subList(0, Math.min(MAX_PROBLEMS, problems.size())));
            if (problems.size() > MAX_PROBLEMS) {
                shown.add(new InputProblem("body", (problems.size() - MAX_PROBLEMS) + " more problem(s) not listed"));
            }
            throw new SpcInputException(shown);
        }
        boolean screenOutliers = present(screen) && screen.booleanValue();
        return new SpcRequest(points, new SpcOptions(direction, target, baseline, rebase, screenOutliers));
    }

    /** ISO date ({@code 2020-01-06}) or month ({@code 2020-01}, meaning its first day). */
    public static LocalDate parseDate(String text) {
        try {
            return text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an ISO date (YYYY-MM-DD or YYYY-MM), got '" + text + "'");
        }
    }

    private static Direction direction(JsonNode node, List<InputProblem> problems) {
        if (!present(node)) {
            return Direction.NEUTRAL;
        }
        try {
            return Direction.parse(node.isTextual() ? node.textValue() : node.toString());
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem("direction", e.getMessage()));
            return Direction.NEUTRAL;
        }
    }

    private static BigDecimal number(JsonNode node, String field, List<InputProblem> problems) {
        if (!present(node)) {
            return null;
        }
        if (!node.isNumber()) {
            problems.add(new InputProblem(field, "must be a number, got " + node));
            return null;
        }
        return node.decimalValue();
    }

    private static Integer baseline(JsonNode node, List<InputProblem> problems) {
        if (!present(node)) {
            return null;
        }
        if (!node.canConvertToExactIntegral() || !node.canConvertToInt()) {
            problems.add(new InputProblem("baseline", "must be a whole number of points (at least 2), got " + node));
            return null;
        }
        if (node.asInt() < 2) {
            problems.add(new InputProblem("baseline", "must be at least 2 points, got " + node.asInt()));
            return null;
        }
        return node.asInt();
    }

    private static List<LocalDate> rebase(JsonNode node, List<InputProblem> problems) {
        List<LocalDate> dates = new ArrayList<>();
        if (!present(node)) {
            return dates;
        }
        if (!node.isArray()) {
            problems.add(new InputProblem("rebase", "must be an array of ISO dates"));
            return dates;
        }
        for (int i = 0; i < node.size(); i++) {
            LocalDate date = date(node.get(i), "rebase[" + i + "]", problems);
            if (date != null) {
                dates.add(date);
            }
        }
        return dates;
    }

    private static List<SpcPoint> points(JsonNode node, List<InputProblem> problems) {
        List<SpcPoint> points = new ArrayList<>();
        if (!present(node)) {
            problems.add(new InputProblem("points", "is required: an array of {\"date\": ..., \"value\": ...}"));
            return points;
        }
        if (!node.isArray()) {
            problems.add(new InputProblem("points", "must be an array of {\"date\": ..., \"value\": ...}"));
            return points;
        }
        for (int i = 0; i < node.size(); i++) {
            String at = "points[" + i + "]";
            JsonNode p = node.get(i);
            if (!p.isObject()) {
                problems.add(new InputProblem(at, "must be an object with date and value"));
                continue;
            }
            p.fieldNames().forEachRemaining(name -> {
                if (!POINT_FIELDS.contains(name)) {
                    problems.add(new InputProblem(at + "." + name, "unknown field; expected date (or period) and value"));
                }
            });
            LocalDate date = null;
            if (p.has("date") && p.has("period")) {
                problems.add(new InputProblem(at, "give date or period, not both"));
            } else if (!p.has("date") && !p.has("period")) {
                problems.add(new InputProblem(at + ".date", "is required (the period's first day, YYYY-MM-DD)"));
            } else {
                String key = p.has("date") ? "date" : "period";
                date = date(p.get(key), at + "." + key, problems);
            }
            BigDecimal value = null;
            if (!p.has("value") || !p.get("value").isNumber()) {
                problems.add(new InputProblem(at + ".value", p.has("value")
                        ? "must be a number, got " + p.get("value") : "is required"));
            } else {
                value = p.get("value").decimalValue();
            }
            if (date != null && value != null) {
                points.add(new SpcPoint(date, value));
            }
        }
        return points;
    }

    private static LocalDate date(JsonNode node, String field, List<InputProblem> problems) {
        if (node == null || !node.isTextual()) {
            problems.add(new InputProblem(field, "must be an ISO date string (YYYY-MM-DD), got " + node));
            return null;
        }
        try {
            return parseDate(node.textValue());
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem(field, e.getMessage()));
            return null;
        }
    }

    private static boolean present(JsonNode node) {
        return node != null && !node.isNull();
    }
}
