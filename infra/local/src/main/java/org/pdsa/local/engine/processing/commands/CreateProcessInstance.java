package org.pdsa.local.engine.processing.commands;

import java.util.List;
import java.util.Map;

/** Body of {@code POST /v2/process-instances}: by process id (+ version, -1 = latest) or by definition key. */
public record CreateProcessInstance(String processDefinitionId, Integer processDefinitionVersion, Long processDefinitionKey,
                                    Map<String, Object> variables, Boolean awaitCompletion, Long requestTimeout,
                                    List<String> fetchVariables, String tenantId, List<String> tags) {

    public static CreateProcessInstance decode(byte[] body) {
        return CommandJson.read(body, CreateProcessInstance.class);
    }

    public boolean awaits() {
        return Boolean.TRUE.equals(awaitCompletion);
    }
}
