package org.pdsa.local.engine.processing.bpmn;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.feel.FeelValues;
import org.pdsa.local.engine.feel.VariableLookup;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.model.MultiInstanceDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.MultiInstanceLoop;

/**
 * Multi-instance body, as Zeebe documents it: evaluates the input collection on activation (a
 * non-list is an incident, an empty list completes at once) and runs the inner activity once per
 * item, all at once (parallel) or one after the other (sequential). Each instance gets the item
 * ({@code inputElement}), {@code loopCounter} (1-based) and, when the output element reads a
 * variable, that variable initialised to null as locals, so parallel instances do not overwrite
 * each other. A completing instance's output element goes into {@code outputCollection} (a local
 * of the body) at its item's index; the completion condition may end the loop early (remaining
 * instances are terminated). The collection is propagated to the parent scope on completion.
 */
final class MultiInstanceBodyProcessor implements ElementProcessor {
    static final String LOOP_COUNTER = "loopCounter";

    @Override
    public Outcome onActivate(ElementInstance body, ProcessingContext context) {
        MultiInstanceDefinition definition = definition(body);
        EvalResult<Object> collection = context.expressions().evaluate(definition.inputCollection(), body);
        if (collection.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, collection.message());
        if (!(collection.get() instanceof List<?> items)) {
            return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, "Expected result of the expression '"
                    + definition.inputCollection().source().strip() + "' to be 'ARRAY', but was '"
                    + FeelValues.typeName(collection.get()) + "'.");
        }
        if (definition.outputCollection() != null) {
            body.setLocal(definition.outputCollection(), new ArrayList<>(Collections.nCopies(items.size(), null)));
        }
        if (items.isEmpty()) return Outcome.COMPLETE;
        MultiInstanceLoop loop = new MultiInstanceLoop(items);
        body.setLoop(loop);
        int first = definition.sequential() ? 1 : items.size();
        for (int i = 0; i < first; i++) startInstance(body, loop, definition, context);
        return Outcome.WAIT;
    }

    @Override
    public Outcome onChildCompleting(ElementInstance body, ElementInstance child, ProcessingContext context) {
        MultiInstanceDefinition definition = definition(body);
        MultiInstanceLoop loop = body.loop();
        // evaluate everything first: a failure (an incident on the child, retried later) must change nothing
        Object output = null;
        if (definition.outputCollection() != null) {
            EvalResult<Object> element = context.expressions().evaluate(definition.outputElement(), child);
            if (element.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, element.message());
            output = element.get();
        }
        boolean satisfied = false;
        if (definition.completionCondition() != null) {
            EvalResult<Boolean> condition = context.expressions().evaluateBoolean(definition.completionCondition(),
                    counters(loop, body, child));
            if (condition.failed()) return Outcome.fail(Incident.Type.EXTRACT_VALUE_ERROR, condition.message());
            satisfied = condition.get();
        }
        if (definition.outputCollection() != null) collect(body, definition, loop.indexOf(child.key()), output);
        loop.instanceCompleted(child.key());
        if (satisfied) {
            for (ElementInstance sibling : body.children()) {
                if (sibling == child) continue;
                context.bpmn().terminate(sibling);
                loop.instanceTerminated(sibling.key());
            }
        } else if (definition.sequential() && loop.created() < loop.numberOfInstances()) {
            startInstance(body, loop, definition, context);
        }
        return Outcome.COMPLETE;
    }

    @Override
    public Outcome onComplete(ElementInstance body, ProcessingContext context) {
        String collection = definition(body).outputCollection();
        if (collection != null) {
            context.variables().merge(body.flowScope(), Collections.singletonMap(collection, body.localVariables().get(collection)));
        }
        return Outcome.TAKE_ALL_OUTGOING;
    }

    private static void startInstance(ElementInstance body, MultiInstanceLoop loop, MultiInstanceDefinition definition,
                                      ProcessingContext context) {
        ExecutableElement inner = body.element().children().get(0);
        ElementInstance instance = context.bpmn().activate(inner, body);
        int index = loop.instanceCreated(instance.key());
        String outputVariable = definition.outputElementVariable();
        if (outputVariable != null && !outputVariable.equals(definition.inputElement()) && !LOOP_COUNTER.equals(outputVariable)) {
            instance.setLocal(outputVariable, null);
        }
        if (definition.inputElement() != null) instance.setLocal(definition.inputElement(), loop.inputCollection().get(index));
        instance.setLocal(LOOP_COUNTER, (long) index + 1);
    }

    /** Whether {@code name} is one of the loop's locals of a multi-instance body's inner instance. */
    static boolean isLoopVariable(ElementInstance instance, String name) {
        ElementInstance body = instance.flowScope();
        if (body == null || body.element().type() != org.pdsa.local.engine.model.ElementType.MULTI_INSTANCE_BODY) return false;
        MultiInstanceDefinition definition = definition(body);
        return LOOP_COUNTER.equals(name) || name.equals(definition.inputElement()) || name.equals(definition.outputElementVariable());
    }

    private static void collect(ElementInstance body, MultiInstanceDefinition definition, int index, Object output) {
        Object current = body.localVariables().get(definition.outputCollection());
        int size = body.loop().numberOfInstances();
        List<Object> collected = current instanceof List<?> list && list.size() == size
                ? new ArrayList<>(list) : new ArrayList<>(Collections.nCopies(size, null));
        if (index >= 0) collected.set(index, output);
        body.setLocal(definition.outputCollection(), collected);
    }

    /** The completing instance's variables, with the loop's counters in front (they shadow variables of the same name). */
    private static VariableLookup counters(MultiInstanceLoop loop, ElementInstance body, ElementInstance child) {
        return name -> switch (name) {
            case "numberOfInstances" -> (long) loop.numberOfInstances();
            case "numberOfActiveInstances" -> (long) body.activeChildren() - 1; // the completing one no longer counts
            case "numberOfCompletedInstances" -> (long) loop.completed() + 1;
            case "numberOfTerminatedInstances" -> (long) loop.terminated();
            default -> child.lookup(name);
        };
    }

    private static MultiInstanceDefinition definition(ElementInstance body) {
        return body.element().attribute(MultiInstanceDefinition.KEY);
    }
}
