package org.pdsa.local.engine.state;

/**
 * All of the engine's mutable state, owned by the stream processor thread. Processing code changes
 * it through the methods of its parts; queries get it only on the processor thread, read-only by
 * convention (see ENGINE.md: "State and its one writer").
 */
public final class EngineState {
    private final KeyGenerator keys = new KeyGenerator();
    private final EngineClock clock;
    private final Deployments deployments = new Deployments();
    private final LongMap<ProcessInstance> processInstances = new LongMap<>(1024);
    private final LongMap<ElementInstance> elementInstances = new LongMap<>(4096);
    private final Jobs jobs = new Jobs();
    private final LongMap<Incident> incidents = new LongMap<>();
    private final LongMap<UserTask> userTasks = new LongMap<>(1024);
    private final DueDates dueDates = new DueDates();
    private final EventState events = new EventState();
    private final History history;
    private final BoundedHistory<UserTask> finishedUserTasks;
    private final BoundedHistory<IncidentRecord> resolvedIncidents;
    private final Decisions decisions = new Decisions();

    public EngineState(EngineClock clock, int historyLimit) {
        this.clock = clock;
        this.history = new History(historyLimit);
        this.finishedUserTasks = new BoundedHistory<>(historyLimit, UserTask::key);
        this.resolvedIncidents = new BoundedHistory<>(historyLimit, IncidentRecord::key);
    }

    public KeyGenerator keys() { return keys; }
    public EngineClock clock() { return clock; }
    public Deployments deployments() { return deployments; }
    /** Running process instances by key. */
    public LongMap<ProcessInstance> processInstances() { return processInstances; }
    /** Running element instances (process roots included) by key. */
    public LongMap<ElementInstance> elementInstances() { return elementInstances; }
    public Jobs jobs() { return jobs; }
    /** Active incidents by key. */
    public LongMap<Incident> incidents() { return incidents; }
    /** Open user tasks by key. */
    public LongMap<UserTask> userTasks() { return userTasks; }
    public DueDates dueDates() { return dueDates; }
    /** Timer and message subscriptions, buffered messages. */
    public EventState events() { return events; }
    public History history() { return history; }
    /** Completed and cancelled user tasks, most recent {@code historyLimit} kept. */
    public BoundedHistory<UserTask> finishedUserTasks() { return finishedUserTasks; }
    /** Resolved incidents, most recent {@code historyLimit} kept. */
    public BoundedHistory<IncidentRecord> resolvedIncidents() { return resolvedIncidents; }
    /** Deployed DMN decisions and decision requirements graphs. */
    public Decisions decisions() { return decisions; }

    /** A running or finished (still retained) process instance, or null. */
    public ProcessInstance findProcessInstance(long key) {
        ProcessInstance running = processInstances.get(key);
        return running != null ? running : history.get(key);
    }

    /** The root process instance of a call hierarchy (the instance itself when it has no parent still known). */
    public long rootOf(long processInstanceKey) {
        long root = processInstanceKey;
        for (int depth = 0; depth < 1000; depth++) {
            ProcessInstance instance = findProcessInstance(root);
            if (instance == null || instance.parentProcessInstanceKey() <= 0) return root;
            root = instance.parentProcessInstanceKey();
        }
        return root;
    }
}
