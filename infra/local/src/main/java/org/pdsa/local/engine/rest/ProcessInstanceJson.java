package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.pdsa.local.engine.processing.commands.CreateProcessInstanceResult;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.ProcessInstance;

/** A process instance as the REST API shows it (get and search). */
public final class ProcessInstanceJson {
    /** An immutable copy taken on the processor thread. */
    public record View(long key, String bpmnProcessId, String name, int version, String versionTag, long definitionKey,
                       long startTime, long endTime, String state, boolean hasIncident, String tenantId,
                       long parentProcessInstanceKey, long parentElementInstanceKey, long rootProcessInstanceKey) {

        public static View of(EngineState state, ProcessInstance instance) {
            ProcessDefinition d = instance.definition();
            return new View(instance.key(), d.bpmnProcessId(), d.name(), d.version(), d.versionTag(), d.key(),
                    instance.startTime(), instance.endTime(), instance.state().name(), instance.hasIncident(), d.tenantId(),
                    instance.parentProcessInstanceKey(), instance.parentElementInstanceKey(), state.rootOf(instance.key()));
        }
    }

    private ProcessInstanceJson() {}

    /** The answer to a create command (also with an awaited result). */
    static void writeCreated(JsonGenerator json, CreateProcessInstanceResult r) throws IOException {
        json.writeStartObject();
        json.writeStringField("processDefinitionId", r.processDefinitionId());
        json.writeNumberField("processDefinitionVersion", r.processDefinitionVersion());
        json.writeStringField("tenantId", r.tenantId());
        ResponseJson.variables(json, "variables", r.variables());
        ResponseJson.key(json, "processDefinitionKey", r.processDefinitionKey());
        ResponseJson.key(json, "processInstanceKey", r.processInstanceKey());
        json.writeArrayFieldStart("tags");
        json.writeEndArray();
        json.writeEndObject();
    }

    public static void write(JsonGenerator json, View v) throws IOException {
        json.writeStartObject();
        json.writeStringField("processDefinitionId", v.bpmnProcessId());
        json.writeStringField("processDefinitionName", v.name() == null ? v.bpmnProcessId() : v.name());
        json.writeNumberField("processDefinitionVersion", v.version());
        if (v.versionTag() != null) json.writeStringField("processDefinitionVersionTag", v.versionTag());
        ResponseJson.date(json, "startDate", v.startTime());
        ResponseJson.date(json, "endDate", v.endTime());
        json.writeStringField("state", v.state());
        json.writeBooleanField("hasIncident", v.hasIncident());
        json.writeStringField("tenantId", v.tenantId());
        ResponseJson.key(json, "processInstanceKey", v.key());
        ResponseJson.key(json, "processDefinitionKey", v.definitionKey());
        ResponseJson.optionalKey(json, "parentProcessInstanceKey", v.parentProcessInstanceKey());
        ResponseJson.optionalKey(json, "parentElementInstanceKey", v.parentElementInstanceKey());
        ResponseJson.key(json, "rootProcessInstanceKey", v.rootProcessInstanceKey());
        json.writeArrayFieldStart("tags");
        json.writeEndArray();
        json.writeEndObject();
    }
}
