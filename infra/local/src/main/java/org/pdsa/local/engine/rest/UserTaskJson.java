package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.UserTask;

/** A user task as the REST API shows it (get and search). */
final class UserTaskJson {
    /** An immutable copy taken on the processor thread. */
    record View(long key, String name, String state, String assignee, String elementId, List<String> candidateGroups,
                List<String> candidateUsers, String processDefinitionId, long creationTime, long completionTime, String followUpDate,
                String dueDate, String tenantId, String externalFormReference, int processDefinitionVersion,
                Map<String, String> customHeaders, int priority, long elementInstanceKey, String processName,
                long processDefinitionKey, long processInstanceKey, long rootProcessInstanceKey, long formKey) {

        static View of(UserTask t, EngineState state) {
            ProcessDefinition d = t.definition();
            return new View(t.key(), t.name() == null ? t.elementId() : t.name(), t.state().name(), t.assignee(), t.elementId(),
                    t.candidateGroups(), t.candidateUsers(), d.bpmnProcessId(), t.creationTime(), t.completionTime(), t.followUpDate(),
                    t.dueDate(), d.tenantId(), t.externalFormReference(), d.version(), t.customHeaders(), t.priority(),
                    t.elementInstanceKey(), d.name() == null ? d.bpmnProcessId() : d.name(), d.key(), t.processInstanceKey(),
                    state.rootOf(t.processInstanceKey()), t.formKey());
        }
    }

    private UserTaskJson() {}

    static void write(JsonGenerator json, View v) throws IOException {
        json.writeStartObject();
        ResponseJson.key(json, "userTaskKey", v.key());
        json.writeStringField("name", v.name());
        json.writeStringField("state", v.state());
        json.writeStringField("assignee", v.assignee());
        json.writeStringField("elementId", v.elementId());
        json.writeFieldName("candidateGroups");
        ResponseJson.MAPPER.writeValue(json, v.candidateGroups());
        json.writeFieldName("candidateUsers");
        ResponseJson.MAPPER.writeValue(json, v.candidateUsers());
        json.writeStringField("processDefinitionId", v.processDefinitionId());
        ResponseJson.date(json, "creationDate", v.creationTime());
        ResponseJson.date(json, "completionDate", v.completionTime());
        json.writeStringField("followUpDate", v.followUpDate());
        json.writeStringField("dueDate", v.dueDate());
        json.writeStringField("tenantId", v.tenantId());
        json.writeStringField("externalFormReference", v.externalFormReference());
        json.writeNumberField("processDefinitionVersion", v.processDefinitionVersion());
        json.writeFieldName("customHeaders");
        ResponseJson.MAPPER.writeValue(json, v.customHeaders());
        json.writeNumberField("priority", v.priority());
        ResponseJson.key(json, "elementInstanceKey", v.elementInstanceKey());
        json.writeStringField("processName", v.processName());
        ResponseJson.key(json, "processDefinitionKey", v.processDefinitionKey());
        ResponseJson.key(json, "processInstanceKey", v.processInstanceKey());
        ResponseJson.key(json, "rootProcessInstanceKey", v.rootProcessInstanceKey());
        ResponseJson.optionalKey(json, "formKey", v.formKey());
        json.writeArrayFieldStart("tags");
        json.writeEndArray();
        json.writeEndObject();
    }
}
