package org.pdsa.local.engine.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.pdsa.local.engine.decision.DecisionEvaluator;
import org.pdsa.local.engine.feel.ExpressionLanguage;
import org.pdsa.local.engine.journal.DurableAction;
import org.pdsa.local.engine.processing.bpmn.BpmnBehavior;
import org.pdsa.local.engine.processing.bpmn.IncidentBehavior;
import org.pdsa.local.engine.processing.bpmn.JobBehavior;
import org.pdsa.local.engine.processing.bpmn.VariableBehavior;
import org.pdsa.local.engine.processing.commands.InstanceAwaiters;
import org.pdsa.local.engine.processing.commands.JobPolls;
import org.pdsa.local.engine.processing.events.EventBehavior;
import org.pdsa.local.engine.state.EngineState;

/**
 * What a processor sees while it processes one command: the state, "now" (the record's engine
 * time), the behaviours that move process instances, and the way to answer. Answers are not sent
 * here: they are collected and released by the journal once the batch is durable.
 */
public final class ProcessingContext {
    private final EngineState state;
    private final ExpressionLanguage expressions;
    private final BpmnBehavior bpmn;
    private final VariableBehavior variables;
    private final JobBehavior jobs;
    private final IncidentBehavior incidents;
    private final EventBehavior events;
    private final JobPolls polls = new JobPolls();
    private final InstanceAwaiters awaiters = new InstanceAwaiters();
    private final InternalCommands internal;
    private DecisionEvaluator decisions; // created on first use: engines without DMN never load the DMN engine
    private List<DurableAction> actions = new ArrayList<>();
    private Command command;
    private long now;
    private boolean rejected;
    private boolean replaying;

    /** Runs an internal command (journaled like any other) from inside processing. */
    public interface InternalCommands {
        void run(CommandType type, long key, byte[] body, Object payload);
    }

    ProcessingContext(EngineState state, ExpressionLanguage expressions, InternalCommands internal) {
        this.state = state;
        this.expressions = expressions;
        this.internal = internal;
        this.variables = new VariableBehavior(this);
        this.incidents = new IncidentBehavior(this);
        this.jobs = new JobBehavior(this);
        this.events = new EventBehavior(this);
        this.bpmn = new BpmnBehavior(this);
    }

    void begin(Command command, long now, boolean replaying) {
        this.command = command;
        this.now = now;
        this.rejected = false;
        this.replaying = replaying;
    }

    boolean rejected() {
        return rejected;
    }

    List<DurableAction> takeActions() {
        List<DurableAction> taken = actions;
        actions = new ArrayList<>();
        return taken;
    }

    public EngineState state() { return state; }
    public ExpressionLanguage expressions() { return expressions; }
    public BpmnBehavior bpmn() { return bpmn; }
    public VariableBehavior variables() { return variables; }
    public JobBehavior jobs() { return jobs; }
    public IncidentBehavior incidents() { return incidents; }
    /** Timers, messages, errors: subscriptions, triggers, correlation, error catching. */
    public EventBehavior events() { return events; }
    /** DMN parsing and evaluation (the DMN engine starts on first use). */
    public DecisionEvaluator decisions() {
        if (decisions == null) decisions = new DecisionEvaluator(this::now);
        return decisions;
    }
    /** Parked job-activation requests (transient: not journaled, empty after a restart). */
    public JobPolls polls() { return polls; }
    /** Clients waiting for a process instance to finish (transient). */
    public InstanceAwaiters awaiters() { return awaiters; }
    /** Engine time of the command being processed (epoch millis). */
    public long now() { return now; }
    public Command command() { return command; }
    /** True while the journal is replayed on start: no client is waiting for answers. */
    public boolean replaying() { return replaying; }

    public long nextKey() {
        return state.keys().next();
    }

    /** Answers the current command (released once durable). */
    public void respond(Object value) {
        complete(command.response(), value);
    }

    /** Refuses the current command; the processor must not have changed state. */
    public void reject(Rejection rejection) {
        rejected = true;
        fail(command.response(), rejection);
    }

    /** Answers a deferred request (long poll, awaited instance) once this batch is durable. */
    public void complete(CompletableFuture<Object> future, Object value) {
        if (future != null) actions.add(new Release(future, value, null));
    }

    public void fail(CompletableFuture<Object> future, Rejection rejection) {
        if (future != null) actions.add(new Release(future, null, rejection));
    }

    /** Processes (and journals) an internal command now, e.g. the activation that serves a poll. */
    public void runInternal(CommandType type, long key, byte[] body, Object payload) {
        Command outer = command;
        long outerNow = now;
        boolean outerRejected = rejected;
        internal.run(type, key, body, payload);
        command = outer;
        now = outerNow;
        rejected = outerRejected;
    }
}
