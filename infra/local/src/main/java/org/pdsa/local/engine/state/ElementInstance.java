package org.pdsa.local.engine.state;

import java.util.HashMap;
import java.util.Map;
import org.pdsa.local.engine.feel.VariableLookup;
import org.pdsa.local.engine.model.ExecutableElement;

/**
 * A running instance of one element (the process itself included). It is also a variable scope:
 * local variables live here, and lookups continue in the flow-scope instance. Mutable, owned by
 * the stream processor.
 */
public final class ElementInstance implements VariableLookup {
    private final long key;
    private final ExecutableElement element;
    private final ElementInstance flowScope;
    private final ProcessInstance processInstance;
    private final long startTime;
    private ElementState state = ElementState.ACTIVATING;
    private Map<String, Object> variables;
    private java.util.List<ElementInstance> children;
    private long jobKey;
    private long userTaskKey;
    private long incidentKey;
    /** Free slot for element families that need per-instance data (e.g. a multi-instance loop counter). */
    private Object familyData;
    /** Tokens waiting at joining gateways of this scope, by incoming sequence flow id; null when none. */
    private Map<String, Integer> waitingTokens;
    /** The loop of a multi-instance body; null for other elements. */
    private MultiInstanceLoop loop;
    /** The process instance a call activity instance started; 0 for other elements. */
    private long calledProcessInstanceKey;

    public ElementInstance(long key, ExecutableElement element, ElementInstance flowScope, ProcessInstance processInstance,
                           long startTime) {
        this.key = key;
        this.element = element;
        this.flowScope = flowScope;
        this.processInstance = processInstance;
        this.startTime = startTime;
    }

    public long key() {
        return key;
    }

    public ExecutableElement element() {
        return element;
    }

    /** The instance of the container this element runs in; null for the process instance's root. */
    public ElementInstance flowScope() {
        return flowScope;
    }

    public ProcessInstance processInstance() {
        return processInstance;
    }

    public long startTime() {
        return startTime;
    }

    public ElementState state() {
        return state;
    }

    public void setState(ElementState state) {
        this.state = state;
    }

    /** Running element instances whose flow scope is this one. */
    public int activeChildren() {
        return children == null ? 0 : children.size();
    }

    /** A copy of the running children, oldest first. */
    public java.util.List<ElementInstance> children() {
        return children == null ? java.util.List.of() : new java.util.ArrayList<>(children);
    }

    public void childStarted(ElementInstance child) {
        if (children == null) children = new java.util.ArrayList<>(2);
        children.add(child);
    }

    public void childEnded(ElementInstance child) {
        if (children != null) children.remove(child);
    }

    public long jobKey() {
        return jobKey;
    }

    public void setJobKey(long jobKey) {
        this.jobKey = jobKey;
    }

    public long userTaskKey() {
        return userTaskKey;
    }

    public void setUserTaskKey(long userTaskKey) {
        this.userTaskKey = userTaskKey;
    }

    public long incidentKey() {
        return incidentKey;
    }

    public void setIncidentKey(long incidentKey) {
        this.incidentKey = incidentKey;
    }

    public Object familyData() {
        return familyData;
    }

    public void setFamilyData(Object familyData) {
        this.familyData = familyData;
    }

    /** Tokens waiting at joining gateways of this scope (flow id → count); never null, empty when none. Mutate only through the methods below. */
    public Map<String, Integer> waitingTokens() {
        return waitingTokens == null ? Map.of() : waitingTokens;
    }

    /** Sets the number of tokens waiting on a flow (0 removes them). */
    public void setWaitingTokens(String flowId, int count) {
        if (count <= 0) {
            if (waitingTokens != null) waitingTokens.remove(flowId);
            if (waitingTokens != null && waitingTokens.isEmpty()) waitingTokens = null;
            return;
        }
        if (waitingTokens == null) waitingTokens = new java.util.TreeMap<>();
        waitingTokens.put(flowId, count);
    }

    public MultiInstanceLoop loop() {
        return loop;
    }

    public void setLoop(MultiInstanceLoop loop) {
        this.loop = loop;
    }

    public long calledProcessInstanceKey() {
        return calledProcessInstanceKey;
    }

    public void setCalledProcessInstanceKey(long key) {
        this.calledProcessInstanceKey = key;
    }

    // ---- variables ----

    /** Local variables of this scope (never null; empty when none). */
    public Map<String, Object> localVariables() {
        return variables == null ? Map.of() : variables;
    }

    public boolean hasLocal(String name) {
        return variables != null && variables.containsKey(name);
    }

    public void setLocal(String name, Object value) {
        if (variables == null) variables = new HashMap<>(4);
        variables.put(name, value);
    }

    /** Replaces all local variables (snapshot load). */
    public void restoreLocals(Map<String, Object> locals) {
        variables = locals.isEmpty() ? null : new HashMap<>(locals);
    }

    @Override
    public Object lookup(String name) {
        for (ElementInstance scope = this; scope != null; scope = scope.flowScope) {
            Map<String, Object> vars = scope.variables;
            if (vars != null) {
                Object value = vars.get(name);
                if (value != null || vars.containsKey(name)) return value;
            }
        }
        return MISSING;
    }

    /** Every variable visible here, inner scopes shadowing outer ones. */
    public Map<String, Object> visibleVariables() {
        Map<String, Object> all = new HashMap<>();
        for (ElementInstance scope = this; scope != null; scope = scope.flowScope) {
            if (scope.variables != null) scope.variables.forEach(all::putIfAbsent);
        }
        return all;
    }

    @Override
    public String toString() {
        return element + " #" + key + " " + state;
    }
}
