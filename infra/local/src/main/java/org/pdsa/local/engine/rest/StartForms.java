package org.pdsa.local.engine.rest;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pdsa.local.engine.state.ProcessDefinition;

/**
 * The form linked to a process's none start event ({@code zeebe:formDefinition formId}), read from
 * the deployed XML the first time it is asked for and remembered per definition key (deployed
 * definitions never change). One per engine.
 */
final class StartForms {
    private final Map<Long, Optional<String>> formIds = new ConcurrentHashMap<>();

    /** The linked form id, if the start event links one. */
    Optional<String> formId(ProcessDefinition definition) {
        return formIds.computeIfAbsent(definition.key(), k -> read(definition));
    }

    private static Optional<String> read(ProcessDefinition definition) {
        try {
            BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(definition.resource().content()));
            Process process = model.getModelElementById(definition.bpmnProcessId());
            if (process == null) return Optional.empty();
            for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
                if (!start.getEventDefinitions().isEmpty()) continue;
                ZeebeFormDefinition form = start.getSingleExtensionElement(ZeebeFormDefinition.class);
                if (form != null && form.getFormId() != null && !form.getFormId().isBlank()) return Optional.of(form.getFormId());
            }
            return Optional.empty();
        } catch (RuntimeException e) { // it deployed, so it parses; a surprise here must not break searches
            return Optional.empty();
        }
    }
}
