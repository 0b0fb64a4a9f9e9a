package org.pdsa.local.engine.model;

import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.feel.Expression;
import org.pdsa.local.engine.feel.ExpressionLanguage;

/** What an {@link ElementTransformer} needs: expression parsing and a place to report problems. */
public final class TransformContext {
    private final ExpressionLanguage expressions;
    private final String resourceName;
    private final List<DeploymentProblem> problems = new ArrayList<>();

    public TransformContext(ExpressionLanguage expressions, String resourceName) {
        this.expressions = expressions;
        this.resourceName = resourceName;
    }

    public void problem(String elementId, String reason) {
        problems.add(new DeploymentProblem(resourceName, elementId, reason));
    }

    /** The FEEL engine, for checks that evaluate an expression at deployment (start timers, start message names). */
    public ExpressionLanguage expressions() {
        return expressions;
    }

    public List<DeploymentProblem> problems() {
        return problems;
    }

    /** Parses an optional attribute ({@code =} FEEL or static); null when absent or unparsable (then a problem is recorded). */
    public Expression expression(String elementId, String attribute, String text) {
        if (text == null || text.isBlank()) return null;
        return collect(elementId, attribute, expressions.parse(text));
    }

    /** Parses a mandatory attribute; records a problem when it is missing. */
    public Expression requiredExpression(String elementId, String attribute, String text) {
        if (text == null || text.isBlank()) {
            problem(elementId, "missing " + attribute);
            return null;
        }
        return expression(elementId, attribute, text);
    }

    /** Parses text that is always FEEL (sequence-flow conditions). */
    public Expression feelExpression(String elementId, String attribute, String text) {
        return collect(elementId, attribute, expressions.parseAlwaysFeel(text));
    }

    private Expression collect(String elementId, String attribute, EvalResult<Expression> parsed) {
        if (parsed.failed()) {
            problem(elementId, "invalid " + attribute + ": " + parsed.message());
            return null;
        }
        return parsed.get();
    }
}
