package org.pdsa.local.engine.processing.commands;

import java.util.List;
import java.util.Map;

/** Answer to a create (with the final variables when the client awaited completion). */
public record CreateProcessInstanceResult(String processDefinitionId, int processDefinitionVersion, String tenantId,
                                          Map<String, Object> variables, long processDefinitionKey, long processInstanceKey,
                                          List<String> tags) {}
