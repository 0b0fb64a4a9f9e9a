package org.pdsa.local.engine.processing.bpmn;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.model.ExecutableFlow;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementRecord;
import org.pdsa.local.engine.state.ElementState;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * Moves element instances through their lifecycle (ACTIVATING, ACTIVATED, COMPLETING, COMPLETED,
 * TERMINATED) and tokens along sequence flows. Work is queued on an agenda and run to the next wait
 * state inside the command that caused it, so one command = one journal record however far the
 * instance moves, and deep or looping processes never grow the call stack.
 */
public final class BpmnBehavior {
    private enum StepKind { ACTIVATE, COMPLETE, CHILDREN_ENDED, JOIN_CHECK }

    private record Step(StepKind kind, ElementInstance instance) {}

    private static final int MAX_STEPS_PER_COMMAND = 1_000_000;

    private final ProcessingContext context;
    private final ArrayDeque<Step> agenda = new ArrayDeque<>();
    private final GatewayJoins joins;
    private boolean running;

    public BpmnBehavior(ProcessingContext context) {
        this.context = context;
        this.joins = new GatewayJoins(this);
    }

    /** Creates a process instance with root variables and runs it to its first wait states. */
    public ProcessInstance createProcessInstance(ProcessDefinition definition, Map<String, Object> variables) {
        return createProcessInstance(definition, variables, null, null);
    }

    /**
     * Creates a process instance that starts where {@code startTrigger} says (a timer or message
     * start event that fired, see {@link TriggerData}); null starts at the none start event.
     */
    public ProcessInstance createProcessInstance(ProcessDefinition definition, Map<String, Object> variables,
                                                 Map<String, Object> startTrigger) {
        return createProcessInstance(definition, variables, startTrigger, null);
    }

    /**
     * Creates an instance of a called process at its none start event, as a child of
     * {@code callActivity} (its parent keys point there), and runs it to its first wait states.
     */
    public ProcessInstance createCalledProcessInstance(ProcessDefinition definition, Map<String, Object> variables,
                                                       ElementInstance callActivity) {
        return createProcessInstance(definition, variables, null, callActivity);
    }

    private ProcessInstance createProcessInstance(ProcessDefinition definition, Map<String, Object> variables,
                                                  Map<String, Object> startTrigger, ElementInstance callActivity) {
        EngineState state = context.state();
        long key = context.nextKey();
        ProcessInstance instance = new ProcessInstance(key, definition, context.now(),
                callActivity == null ? -1 : callActivity.processInstance().key(), callActivity == null ? -1 : callActivity.key());
        ElementInstance root = new ElementInstance(key, definition.executable().root(), null, instance, context.now());
        instance.setRoot(root);
        state.processInstances().put(key, instance);
        state.elementInstances().put(key, root);
        if (variables != null) variables.forEach(root::setLocal);
        root.setFamilyData(startTrigger);
        schedule(StepKind.ACTIVATE, root);
        run();
        return instance;
    }

    /** Creates an element instance of {@code element} inside {@code flowScope} and activates it. */
    public ElementInstance activate(ExecutableElement element, ElementInstance flowScope) {
        ElementInstance instance = new ElementInstance(context.nextKey(), element, flowScope, flowScope.processInstance(),
                context.now());
        flowScope.childStarted(instance);
        context.state().elementInstances().put(instance.key(), instance);
        schedule(StepKind.ACTIVATE, instance);
        return instance;
    }

    /** Completes a waiting element instance (job done, user task done, event arrived, ...). */
    public void complete(ElementInstance instance) {
        schedule(StepKind.COMPLETE, instance);
    }

    /** Re-runs activation after an incident was resolved. */
    public void retryActivation(ElementInstance instance) {
        schedule(StepKind.ACTIVATE, instance);
    }

    /**
     * Looks for a catch event for a BPMN error thrown inside {@code thrower} (error boundary events,
     * error event sub-processes, outwards through scopes and call activities) and, when one is
     * found, continues there. Returns whether the error was caught.
     */
    public boolean catchError(ElementInstance thrower, String errorCode, String errorMessage) {
        return catchError(thrower, errorCode, errorMessage, Map.of());
    }

    /** As above, with the variables the catch event gets (a worker's throw-error variables). */
    public boolean catchError(ElementInstance thrower, String errorCode, String errorMessage, Map<String, Object> variables) {
        return context.events().catchError(thrower, errorCode, errorMessage, variables);
    }

    /** Runs queued steps until every instance touched by this command waits or has ended. */
    public void run() {
        if (running) return; // re-entrant calls just add to the agenda
        running = true;
        try {
            int steps = 0;
            Step step;
            while ((step = agenda.pollFirst()) != null) {
                if (++steps > MAX_STEPS_PER_COMMAND) {
                    throw new IllegalStateException("a process instance did more than " + MAX_STEPS_PER_COMMAND
                            + " steps in one command (a loop without a wait state?)");
                }
                switch (step.kind) {
                    case ACTIVATE -> onActivate(step.instance);
                    case COMPLETE -> onComplete(step.instance);
                    case CHILDREN_ENDED -> onChildrenEnded(step.instance);
                    case JOIN_CHECK -> joins.check(step.instance);
                }
            }
        } finally {
            agenda.clear();
            running = false;
        }
    }

    /**
     * Terminates an element instance and everything inside it (children first), releasing jobs,
     * user tasks and incidents. The flow scope is not continued: callers decide what follows.
     */
    public void terminate(ElementInstance instance) {
        if (ended(instance)) return;
        instance.setState(ElementState.TERMINATING);
        for (ElementInstance child : instance.children()) terminate(child);
        ElementProcessors.forType(instance.element().type()).onTerminate(instance, context);
        end(instance, ElementState.TERMINATED);
        if (instance.flowScope() == null) finishProcessInstance(instance.processInstance(), ProcessInstance.State.TERMINATED);
    }

    private void onActivate(ElementInstance instance) {
        if (ended(instance)) return;
        instance.setState(ElementState.ACTIVATING);
        EvalResult<Void> inputs = context.variables().applyInputMappings(instance);
        if (inputs.failed()) {
            context.incidents().raise(instance, Incident.Type.IO_MAPPING_ERROR, Incident.Retry.ACTIVATE, inputs.message(), 0);
            return;
        }
        EvalResult<Void> events = context.events().elementActivating(instance);
        if (events.failed()) {
            context.incidents().raise(instance, Incident.Type.EXTRACT_VALUE_ERROR, Incident.Retry.ACTIVATE, events.message(), 0);
            return;
        }
        Outcome outcome = ElementProcessors.forType(instance.element().type()).onActivate(instance, context);
        if (ended(instance)) return; // e.g. an error end event whose error was caught: the catch ended it
        if (outcome.kind == Outcome.Kind.FAIL) context.events().elementLeft(instance);
        switch (outcome.kind) {
            case WAIT -> instance.setState(ElementState.ACTIVATED);
            case COMPLETE, TAKE_FLOWS -> {
                instance.setState(ElementState.ACTIVATED);
                schedule(StepKind.COMPLETE, instance);
            }
            case FAIL -> context.incidents().raise(instance, outcome.incidentType, Incident.Retry.ACTIVATE, outcome.message, 0);
        }
    }

    private void onComplete(ElementInstance instance) {
        if (ended(instance)) return;
        instance.setState(ElementState.COMPLETING);
        EvalResult<Void> outputs = context.variables().applyOutputMappings(instance);
        if (outputs.failed()) {
            context.incidents().raise(instance, Incident.Type.IO_MAPPING_ERROR, Incident.Retry.COMPLETE, outputs.message(), 0);
            return;
        }
        Outcome outcome = ElementProcessors.forType(instance.element().type()).onComplete(instance, context);
        if (outcome.failed()) {
            context.incidents().raise(instance, outcome.incidentType, Incident.Retry.COMPLETE, outcome.message, 0);
            return;
        }
        List<ExecutableFlow> flows = outcome.flows != null ? outcome.flows : instance.element().outgoing();
        ElementInstance flowScope = instance.flowScope();
        if (flowScope != null) { // the container may refuse (e.g. a multi-instance body's completion condition fails)
            Outcome accepted = ElementProcessors.forType(flowScope.element().type()).onChildCompleting(flowScope, instance, context);
            if (accepted.failed()) {
                context.incidents().raise(instance, accepted.incidentType, Incident.Retry.COMPLETE, accepted.message, 0);
                return;
            }
        }
        end(instance, ElementState.COMPLETED);
        if (flowScope == null) {
            finishProcessInstance(instance.processInstance(), ProcessInstance.State.COMPLETED);
            CallActivityProcessor.calledProcessCompleted(instance, context);
            return;
        }
        for (ExecutableFlow flow : flows) joins.take(flow, flowScope);
        if (flowScope.activeChildren() == 0 && flowScope.state() == ElementState.ACTIVATED) {
            schedule(StepKind.CHILDREN_ENDED, flowScope);
        }
    }

    private void onChildrenEnded(ElementInstance container) {
        // tokens waiting at a join keep the scope open (a parallel join that can never fire keeps it open for good, as in Zeebe)
        if (ended(container) || container.activeChildren() > 0 || !container.waitingTokens().isEmpty()) return;
        ElementProcessors.forType(container.element().type()).onChildrenEnded(container, context);
    }

    private void end(ElementInstance instance, ElementState endState) {
        instance.setState(endState);
        context.incidents().elementEnded(instance);
        context.events().elementLeft(instance);
        context.state().elementInstances().remove(instance.key());
        ElementInstance flowScope = instance.flowScope();
        if (flowScope != null) {
            flowScope.childEnded(instance);
            if (!flowScope.waitingTokens().isEmpty() && flowScope.state() == ElementState.ACTIVATED) {
                schedule(StepKind.JOIN_CHECK, flowScope); // an inclusive join may no longer have anything to wait for
            }
            instance.processInstance().addToTrail(new ElementRecord(instance.key(), instance.element().id(),
                    instance.element().type(), endState, instance.startTime(), context.now()));
        }
    }

    private void finishProcessInstance(ProcessInstance instance, ProcessInstance.State endState) {
        EngineState state = context.state();
        instance.finish(endState, context.now());
        state.processInstances().remove(instance.key());
        state.history().add(instance);
        context.awaiters().finished(instance, context);
        context.events().processInstanceFinished(instance);
    }

    private static boolean ended(ElementInstance instance) {
        ElementState s = instance.state();
        return s == ElementState.COMPLETED || s == ElementState.TERMINATED;
    }

    private void schedule(StepKind kind, ElementInstance instance) {
        agenda.addLast(new Step(kind, instance));
    }
}
