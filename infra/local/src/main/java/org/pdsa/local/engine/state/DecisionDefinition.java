package org.pdsa.local.engine.state;

/** One deployed version of a DMN decision; {@code versionTag} is null unless the DMN sets {@code zeebe:versionTag}. */
public record DecisionDefinition(long key, String decisionId, String name, int version, String versionTag,
                                 long decisionRequirementsKey, String decisionRequirementsId, long deploymentKey,
                                 String tenantId) {}
