package org.pdsa.local.engine.decision;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDecisionLogic;
import org.camunda.dmn.parser.ParsedDecisionTable;
import org.camunda.dmn.parser.ParsedDmn;
import org.camunda.dmn.parser.ParsedLiteralExpression;
import org.camunda.dmn.parser.ParsedRule;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.state.DecisionRequirements;
import scala.jdk.javaapi.CollectionConverters;
import scala.util.Either;

/**
 * DMN with dmn-engine (the Apache-2.0 DMN engine Zeebe builds on): parses files at deployment,
 * naming the decision a problem is in, and evaluates decisions with their audit trail (evaluated
 * inputs, matched rules). Failures are values, never exceptions. FEEL's {@code now()} reads the
 * engine clock. The DMN engine is created on first use, so engines without DMN do not pay for it.
 */
public final class DecisionEvaluator {
    private static final Pattern FAILED_EXPRESSION = Pattern.compile("expression '(.*)'");
    private final LongSupplier engineTimeMillis;
    private DmnEngine engine;

    public DecisionEvaluator(LongSupplier engineTimeMillis) {
        this.engineTimeMillis = engineTimeMillis;
    }

    /** Parses a DMN file; a failure says which decision(s) it concerns. */
    public EvalResult<Object> parse(byte[] content, DmnDocument document) {
        Either<DmnEngine.Failure, ParsedDmn> parsed;
        try {
            parsed = engine().parse(new ByteArrayInputStream(content));
        } catch (RuntimeException e) { // the engine reports failures as values; this guards against surprises
            return EvalResult.failure(where(document, null) + ": " + e.getMessage());
        }
        if (parsed.isLeft()) {
            String message = parsed.left().get().message();
            Matcher expression = FAILED_EXPRESSION.matcher(message);
            return EvalResult.failure(where(document, expression.find() ? expression.group(1) : null) + ": " + message);
        }
        return EvalResult.value(parsed.right().get());
    }

    /** Evaluates one decision of a deployed graph against the given variables. */
    public DecisionResult evaluate(DecisionRequirements requirements, String decisionId, Map<String, Object> variables) {
        ParsedDmn dmn = parsed(requirements);
        if (dmn == null) {
            return new DecisionResult(null, "Expected to evaluate decision '" + decisionId
                    + "', but its DMN resource can no longer be parsed", decisionId, List.of());
        }
        Either<DmnEngine.EvalFailure, DmnEngine.EvalResult> result;
        try {
            result = engine().eval(dmn, decisionId, variables);
        } catch (RuntimeException e) {
            return new DecisionResult(null, "Expected to evaluate decision '" + decisionId + "', but " + e, decisionId, List.of());
        }
        if (result.isLeft()) { // the last evaluated decision is the one that failed, as in Zeebe's evaluation records
            DmnEngine.EvalFailure failure = result.left().get();
            List<DecisionResult.EvaluatedDecision> evaluated = evaluated(failure.auditLog());
            String failed = evaluated.isEmpty() ? decisionId : evaluated.get(evaluated.size() - 1).decisionId();
            return new DecisionResult(null, "Expected to evaluate decision '" + decisionId + "', but "
                    + failure.failure().message(), failed, evaluated);
        }
        DmnEngine.EvalResult value = result.right().get();
        Object output = value.isNil() ? null : DmnValues.toJson(value.value());
        return new DecisionResult(output, null, null, evaluated(value.auditLog()));
    }

    private ParsedDmn parsed(DecisionRequirements requirements) {
        if (requirements.parsed() == null) {
            DmnDocument document = DmnDocument.read(requirements.resource().content());
            EvalResult<Object> parsed = parse(requirements.resource().content(), document);
            if (parsed.failed()) return null;
            requirements.setParsed(parsed.get());
        }
        return (ParsedDmn) requirements.parsed();
    }

    private static List<DecisionResult.EvaluatedDecision> evaluated(Audit.AuditLog log) {
        List<DecisionResult.EvaluatedDecision> evaluated = new ArrayList<>();
        if (log == null) return evaluated;
        for (Audit.AuditLogEntry entry : CollectionConverters.asJava(log.entries())) {
            ParsedDecisionLogic logic = entry.decisionLogic();
            List<DecisionResult.EvaluatedInput> inputs = new ArrayList<>();
            List<DecisionResult.MatchedRule> rules = new ArrayList<>();
            if (entry.result() instanceof Audit.DecisionTableEvaluationResult table && logic instanceof ParsedDecisionTable parsedTable) {
                for (Audit.EvaluatedInput input : CollectionConverters.asJava(table.inputs())) {
                    inputs.add(new DecisionResult.EvaluatedInput(input.input().id(), input.input().name(), DmnValues.toJson(input.value())));
                }
                for (Audit.EvaluatedRule rule : CollectionConverters.asJava(table.matchedRules())) {
                    List<DecisionResult.EvaluatedOutput> outputs = new ArrayList<>();
                    for (Audit.EvaluatedOutput output : CollectionConverters.asJava(rule.outputs())) {
                        outputs.add(new DecisionResult.EvaluatedOutput(output.output().id(), output.output().name(),
                                DmnValues.toJson(output.value())));
                    }
                    rules.add(new DecisionResult.MatchedRule(rule.rule().id(), indexOf(parsedTable, rule.rule()), outputs));
                }
            }
            Object output = entry.result() == null ? null : DmnValues.toJson(entry.result().result());
            evaluated.add(new DecisionResult.EvaluatedDecision(entry.id(), entry.name(), typeOf(logic), output, inputs, rules));
        }
        return evaluated;
    }

    private static int indexOf(ParsedDecisionTable table, ParsedRule rule) {
        int index = 1;
        for (ParsedRule candidate : CollectionConverters.asJava(table.rules())) {
            if (candidate == rule || candidate.id().equals(rule.id())) return index;
            index++;
        }
        return 0;
    }

    private static String typeOf(ParsedDecisionLogic logic) {
        if (logic instanceof ParsedDecisionTable) return "DECISION_TABLE";
        if (logic instanceof ParsedLiteralExpression) return "LITERAL_EXPRESSION";
        return "UNKNOWN";
    }

    private static String where(DmnDocument document, String failedExpression) {
        List<String> ids = document.decisionsContaining(failedExpression);
        if (ids.isEmpty()) ids = document.decisions().stream().map(DmnDocument.Decision::id).toList();
        return (ids.size() == 1 ? "decision '" + ids.get(0) + "'" : "decisions '" + String.join("', '", ids) + "'");
    }

    private DmnEngine engine() {
        if (engine == null) {
            engine = new DmnEngine.Builder()
                    .clock(() -> ZonedDateTime.ofInstant(Instant.ofEpochMilli(engineTimeMillis.getAsLong()), ZoneOffset.UTC))
                    .build();
        }
        return engine;
    }
}
