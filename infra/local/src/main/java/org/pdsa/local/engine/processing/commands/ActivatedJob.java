package org.pdsa.local.engine.processing.commands;

import java.util.Map;

/** One job as handed to a worker (the REST activation result's job). */
public record ActivatedJob(long jobKey, String type, String processDefinitionId, int processDefinitionVersion,
                           long processDefinitionKey, String elementId, long elementInstanceKey, long processInstanceKey,
                           long rootProcessInstanceKey,
                           Map<String, String> customHeaders, String worker, int retries, long deadline,
                           Map<String, Object> variables, String tenantId, long activatableSinceNanos) {}
