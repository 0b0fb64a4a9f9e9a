package org.pdsa.local.engine.processing.bpmn;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.feel.Expression;
import org.pdsa.local.engine.feel.FeelValues;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/**
 * The values of a user task's properties, evaluated as Zeebe documents them: assignee a string;
 * candidate groups/users a list of strings or a comma-separated string; due and follow-up dates
 * an ISO-8601 date-time with offset (text or FEEL date-time); priority an integer from 0 to 100.
 * A value of the wrong kind is a failure (the caller raises an incident).
 */
public final class UserTaskValues {
    public static final int DEFAULT_PRIORITY = 50;
    public static final int MAX_PRIORITY = 100;

    private UserTaskValues() {}

    /** A date-time in ISO-8601 with offset (as the REST API shows it), or null when {@code text} is not one. */
    public static String dateTime(String text) {
        if (text == null) return null;
        String trimmed = text.strip();
        try {
            return OffsetDateTime.parse(trimmed).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException notOffset) {
            try { // a FEEL date and time with a region id, e.g. 2030-01-01T10:00+01:00[Europe/Paris]
                return ZonedDateTime.parse(trimmed).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException notZoned) {
                return null;
            }
        }
    }

    /** Epoch millis of an ISO date-time as stored on a task, -1 for none. */
    public static long epochMillis(String dateTime) {
        return dateTime == null ? -1 : OffsetDateTime.parse(dateTime).toInstant().toEpochMilli();
    }

    static EvalResult<String> assignee(Expression expression, ElementInstance scope, ProcessingContext context) {
        if (expression == null) return EvalResult.value(null);
        EvalResult<Object> value = context.expressions().evaluate(expression, scope);
        if (value.failed()) return value.cast();
        if (value.get() == null || value.get() instanceof String) return EvalResult.value((String) value.get());
        return EvalResult.failure(mismatch(expression, "STRING", value.get()));
    }

    static EvalResult<List<String>> list(Expression expression, ElementInstance scope, ProcessingContext context) {
        if (expression == null) return EvalResult.value(List.of());
        EvalResult<Object> value = context.expressions().evaluate(expression, scope);
        if (value.failed()) return value.cast();
        Object v = value.get();
        if (v == null) return EvalResult.value(List.of());
        if (v instanceof String s) return EvalResult.value(split(s));
        if (v instanceof Collection<?> c && c.stream().allMatch(String.class::isInstance)) {
            return EvalResult.value(c.stream().map(String.class::cast).map(String::strip).filter(x -> !x.isEmpty()).toList());
        }
        return EvalResult.failure(mismatch(expression, "ARRAY of STRING or a comma-separated STRING", v));
    }

    static EvalResult<String> date(Expression expression, ElementInstance scope, ProcessingContext context) {
        if (expression == null) return EvalResult.value(null);
        EvalResult<Object> value = context.expressions().evaluate(expression, scope);
        if (value.failed()) return value.cast();
        Object v = value.get();
        if (v == null) return EvalResult.value(null);
        String normalized = v instanceof String s ? dateTime(s) : null;
        if (normalized == null) {
            return EvalResult.failure("Expected result of the expression '" + expression.source().strip()
                    + "' to be a date-time with offset in ISO-8601 format (for example 2030-01-01T12:00:00+01:00), but was '" + v + "'");
        }
        return EvalResult.value(normalized);
    }

    static EvalResult<Integer> priority(Expression expression, ElementInstance scope, ProcessingContext context) {
        if (expression == null) return EvalResult.value(DEFAULT_PRIORITY);
        EvalResult<Long> value = context.expressions().evaluateLong(expression, scope);
        if (value.failed()) return value.cast();
        long p = value.get();
        if (p < 0 || p > MAX_PRIORITY) {
            return EvalResult.failure("Expected priority of the user task to be a number between 0 and 100, but was " + p);
        }
        return EvalResult.value((int) p);
    }

    static EvalResult<String> text(Expression expression, ElementInstance scope, ProcessingContext context) {
        if (expression == null) return EvalResult.value(null);
        return assignee(expression, scope, context);
    }

    private static List<String> split(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String mismatch(Expression expression, String expected, Object actual) {
        return "Expected result of the expression '" + expression.source().strip() + "' to be '" + expected + "', but was '"
                + FeelValues.typeName(actual) + "'.";
    }
}
