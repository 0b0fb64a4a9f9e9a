package org.pdsa.local.engine.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of the executable graph: built once at deployment by the {@link BpmnTransformer} and
 * never changed afterwards. Common structure lives in fields; element-family data (jobs, user
 * tasks, timers, ...) is attached as typed {@link Attribute}s by that family's transformer.
 */
public final class ExecutableElement {
    private final String id;
    private final String name;
    private final ElementType type;
    private final EventType eventType;
    private final ExecutableElement flowScope;
    private final List<ExecutableFlow> incoming = new ArrayList<>(2);
    private final List<ExecutableFlow> outgoing = new ArrayList<>(2);
    private final List<ExecutableElement> children = new ArrayList<>();
    private final Map<Attribute<?>, Object> attributes = new IdentityHashMap<>(4);
    private ExecutableFlow defaultFlow;
    private List<Mapping> inputMappings = List.of();
    private List<Mapping> outputMappings = List.of();
    private boolean frozen;

    public ExecutableElement(String id, String name, ElementType type, EventType eventType, ExecutableElement flowScope) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.eventType = eventType;
        this.flowScope = flowScope;
        if (flowScope != null) flowScope.children.add(this);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ElementType type() {
        return type;
    }

    public EventType eventType() {
        return eventType;
    }

    /** The container (process, sub-process) this element runs in; null for the process itself. */
    public ExecutableElement flowScope() {
        return flowScope;
    }

    public List<ExecutableFlow> incoming() {
        return incoming;
    }

    public List<ExecutableFlow> outgoing() {
        return outgoing;
    }

    /** Elements directly inside this container (empty for non-containers). */
    public List<ExecutableElement> children() {
        return children;
    }

    public ExecutableFlow defaultFlow() {
        return defaultFlow;
    }

    public List<Mapping> inputMappings() {
        return inputMappings;
    }

    public List<Mapping> outputMappings() {
        return outputMappings;
    }

    /** Family data attached at deployment, or null. */
    public <T> T attribute(Attribute<T> key) {
        return key.type().cast(attributes.get(key));
    }

    /** The none start event of this container, or null. */
    public ExecutableElement noneStartEvent() {
        for (ExecutableElement child : children) {
            if (child.type == ElementType.START_EVENT && child.eventType == EventType.NONE) return child;
        }
        return null;
    }

    // ---- used while building (by BpmnTransformer and ElementTransformers) ----

    public <T> void setAttribute(Attribute<T> key, T value) {
        checkBuilding();
        attributes.put(key, value);
    }

    public void setMappings(List<Mapping> inputs, List<Mapping> outputs) {
        checkBuilding();
        inputMappings = List.copyOf(inputs);
        outputMappings = List.copyOf(outputs);
    }

    void setDefaultFlow(ExecutableFlow flow) {
        checkBuilding();
        defaultFlow = flow;
    }

    void addOutgoing(ExecutableFlow flow) {
        checkBuilding();
        outgoing.add(flow);
    }

    void addIncoming(ExecutableFlow flow) {
        checkBuilding();
        incoming.add(flow);
    }

    void freeze() {
        frozen = true;
        for (ExecutableElement child : children) child.freeze();
    }

    List<ExecutableElement> unmodifiableChildren() {
        return Collections.unmodifiableList(children);
    }

    private void checkBuilding() {
        if (frozen) throw new IllegalStateException("element " + id + " is already deployed");
    }

    @Override
    public String toString() {
        return type + " '" + id + "'";
    }
}
