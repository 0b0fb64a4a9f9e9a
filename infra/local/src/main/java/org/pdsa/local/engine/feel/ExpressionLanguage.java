package org.pdsa.local.engine.feel;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.function.LongSupplier;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/**
 * The engine's FEEL: parses expressions once (at deployment) and evaluates them against a scope's
 * variables. Every failure is returned as a value; nothing here throws for a bad expression or bad
 * data. {@code now()} reads the engine clock of the record being processed, so replay is exact.
 */
public final class ExpressionLanguage {
    private final FeelEngineApi feel;

    public ExpressionLanguage(LongSupplier engineTimeMillis) {
        this.feel = FeelEngineBuilder.forJava()
                .withClock(() -> ZonedDateTime.ofInstant(Instant.ofEpochMilli(engineTimeMillis.getAsLong()), ZoneOffset.UTC))
                .build();
    }

    /** Parses an attribute: text starting with {@code =} is FEEL, anything else a static value. */
    public EvalResult<Expression> parse(String text) {
        if (text == null) return EvalResult.failure("expected an expression but found none");
        String trimmed = text.strip();
        if (!trimmed.startsWith("=")) return EvalResult.value(new Expression.Static(text, text));
        return parseFeel(text, trimmed.substring(1));
    }

    /** Parses text that is FEEL with or without the leading {@code =} (conditions, for example). */
    public EvalResult<Expression> parseAlwaysFeel(String text) {
        if (text == null || text.isBlank()) return EvalResult.failure("expected an expression but found none");
        String trimmed = text.strip();
        return parseFeel(text, trimmed.startsWith("=") ? trimmed.substring(1) : trimmed);
    }

    private EvalResult<Expression> parseFeel(String source, String feelText) {
        ParseResult parsed;
        try {
            parsed = feel.parseExpression(feelText);
        } catch (RuntimeException e) { // the parser reports failures as values; this guards against surprises
            return EvalResult.failure("failed to parse expression '" + feelText + "': " + e.getMessage());
        }
        if (parsed.isFailure()) {
            return EvalResult.failure("failed to parse expression '" + feelText + "': " + parsed.failure().message());
        }
        return EvalResult.value(new Expression.Feel(source, parsed.parsedExpression()));
    }

    /** Evaluates to a JSON-shaped value (see {@link FeelValues}). */
    public EvalResult<Object> evaluate(Expression expression, VariableLookup variables) {
        if (expression instanceof Expression.Static s) return EvalResult.value(s.value());
        Expression.Feel f = (Expression.Feel) expression;
        EvaluationResult result;
        try {
            result = feel.evaluate(f.parsed(), new LookupContext(variables));
        } catch (RuntimeException e) {
            return EvalResult.failure("failed to evaluate expression '" + f.parsed().text() + "': " + e.getMessage());
        }
        if (result.isFailure()) {
            return EvalResult.failure("failed to evaluate expression '" + f.parsed().text() + "': " + result.failure().message());
        }
        return EvalResult.value(FeelValues.toJsonValue(result.result()));
    }

    public EvalResult<Boolean> evaluateBoolean(Expression expression, VariableLookup variables) {
        EvalResult<Object> result = evaluate(expression, variables);
        if (result.failed()) return result.cast();
        if (result.get() instanceof Boolean b) return EvalResult.value(b);
        return EvalResult.failure(typeMismatch(expression, "BOOLEAN", result.get()));
    }

    public EvalResult<String> evaluateString(Expression expression, VariableLookup variables) {
        EvalResult<Object> result = evaluate(expression, variables);
        if (result.failed()) return result.cast();
        if (result.get() instanceof String s) return EvalResult.value(s);
        return EvalResult.failure(typeMismatch(expression, "STRING", result.get()));
    }

    public EvalResult<Long> evaluateLong(Expression expression, VariableLookup variables) {
        EvalResult<Object> result = evaluate(expression, variables);
        if (result.failed()) return result.cast();
        Object value = result.get();
        if (value instanceof Long l) return EvalResult.value(l);
        if (value instanceof Integer i) return EvalResult.value(i.longValue());
        if (value instanceof String s && expression instanceof Expression.Static) {
            try {
                return EvalResult.value(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                return EvalResult.failure(typeMismatch(expression, "NUMBER", value));
            }
        }
        return EvalResult.failure(typeMismatch(expression, "NUMBER", value));
    }

    /** A list of strings, from a FEEL list or a static comma-separated text (as candidate groups are written). */
    public EvalResult<java.util.List<String>> evaluateStringList(Expression expression, VariableLookup variables) {
        EvalResult<Object> result = evaluate(expression, variables);
        if (result.failed()) return result.cast();
        Object value = result.get();
        if (expression instanceof Expression.Static s) {
            return EvalResult.value(java.util.Arrays.stream(s.value().split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList());
        }
        if (value instanceof Collection<?> c && c.stream().allMatch(String.class::isInstance)) {
            return EvalResult.value(c.stream().map(String.class::cast).toList());
        }
        return EvalResult.failure(typeMismatch(expression, "ARRAY", value));
    }

    private static String typeMismatch(Expression expression, String expected, Object actual) {
        return "Expected result of the expression '" + expression.source().strip() + "' to be '" + expected
                + "', but was '" + FeelValues.typeName(actual) + "'.";
    }
}
