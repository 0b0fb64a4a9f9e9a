package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.function.Consumer;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementRecord;
import org.pdsa.local.engine.state.ElementState;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.ProcessInstance;

/** An element instance as the REST API shows it (timelines): running ones from state, finished ones from their instance's trail. */
final class ElementInstanceJson {
    /** An immutable copy taken on the processor thread. */
    record View(long key, long processInstanceKey, long rootProcessInstanceKey, long processDefinitionKey, String processDefinitionId,
                String elementId, String elementName, String type, String state, long startTime, long endTime, long incidentKey,
                String tenantId) {

        boolean hasIncident() {
            return incidentKey > 0;
        }

        static View running(ElementInstance e, long root) {
            ProcessDefinition d = e.processInstance().definition();
            return new View(e.key(), e.processInstance().key(), root, d.key(), d.bpmnProcessId(), e.element().id(),
                    nameOf(e.element()), e.element().type().name(), stateOf(e.state()), e.startTime(), -1, e.incidentKey(), d.tenantId());
        }

        static View finished(ElementRecord r, ProcessInstance pi, long root) {
            ProcessDefinition d = pi.definition();
            ExecutableElement element = d.executable().element(r.elementId());
            return new View(r.key(), pi.key(), root, d.key(), d.bpmnProcessId(), r.elementId(),
                    element == null ? r.elementId() : nameOf(element), r.type().name(), stateOf(r.state()), r.startTime(), r.endTime(), 0,
                    d.tenantId());
        }
    }

    private ElementInstanceJson() {}

    /** The REST state of an element instance: ACTIVE until it completed or was terminated. */
    static String stateOf(ElementState state) {
        return switch (state) {
            case COMPLETED -> "COMPLETED";
            case TERMINATED -> "TERMINATED";
            default -> "ACTIVE";
        };
    }

    private static String nameOf(ExecutableElement element) {
        return element.name() == null ? element.id() : element.name();
    }

    /** Every element instance the engine knows (the process itself excluded), oldest first per instance. */
    static void forEach(EngineState state, Consumer<View> action) {
        state.processInstances().forEachValue(pi -> ofInstance(state, pi, action));
        state.history().forEach(pi -> ofInstance(state, pi, action));
    }

    static void ofInstance(EngineState state, ProcessInstance pi, Consumer<View> action) {
        long root = state.rootOf(pi.key());
        for (ElementRecord r : pi.trail()) action.accept(View.finished(r, pi, root));
        if (pi.root() != null) running(pi.root(), root, action);
    }

    private static void running(ElementInstance scope, long root, Consumer<View> action) {
        for (ElementInstance child : scope.children()) {
            action.accept(View.running(child, root));
            running(child, root, action);
        }
    }

    static void write(JsonGenerator json, View v) throws IOException {
        json.writeStartObject();
        json.writeStringField("processDefinitionId", v.processDefinitionId());
        ResponseJson.date(json, "startDate", v.startTime());
        ResponseJson.date(json, "endDate", v.endTime());
        json.writeStringField("elementId", v.elementId());
        json.writeStringField("elementName", v.elementName());
        json.writeStringField("type", v.type());
        json.writeStringField("state", v.state());
        json.writeBooleanField("hasIncident", v.hasIncident());
        json.writeStringField("tenantId", v.tenantId());
        ResponseJson.key(json, "elementInstanceKey", v.key());
        ResponseJson.key(json, "processInstanceKey", v.processInstanceKey());
        ResponseJson.key(json, "rootProcessInstanceKey", v.rootProcessInstanceKey());
        ResponseJson.key(json, "processDefinitionKey", v.processDefinitionKey());
        ResponseJson.optionalKey(json, "incidentKey", v.incidentKey());
        json.writeEndObject();
    }
}
