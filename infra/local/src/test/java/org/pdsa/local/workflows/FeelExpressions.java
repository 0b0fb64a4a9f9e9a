package org.pdsa.local.workflows;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;

/** FEEL as the workflows use it ("=expression"): parsed and evaluated with the same feel-engine the engine uses. */
final class FeelExpressions {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    private FeelExpressions() {}

    static boolean isExpression(String value) {
        return value != null && value.startsWith("=");
    }

    /** The root variable names an expression reads (a.b counts as a); fails with the parse error if it is not FEEL. */
    static Set<String> variablesIn(String expression, String where) {
        ParseResult parsed = FEEL.parseExpression(strip(expression));
        if (parsed.isFailure()) {
            throw new AssertionError(where + ": not valid FEEL: " + expression + " (" + parsed.failure().message() + ")");
        }
        return new TreeSet<>(parsed.getVariableNames());
    }

    static Object evaluate(String expression, Map<String, Object> variables) {
        EvaluationResult result = FEEL.evaluateExpression(strip(expression), variables);
        if (result.isFailure()) {
            throw new AssertionError("cannot evaluate " + expression + ": " + result.failure().message());
        }
        return result.result();
    }

    private static String strip(String expression) {
        return expression.startsWith("=") ? expression.substring(1) : expression;
    }
}
