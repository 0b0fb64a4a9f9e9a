package org.pdsa.local.engine.processing.commands;

import java.util.List;

/** Answer to a deployment: what was deployed (or found identical and reused), in upload order. */
public record DeploymentResult(long deploymentKey, String tenantId, List<Deployed> deployments) {

    /** One deployed definition; exactly one of the fields is set, as in the REST API. */
    public record Deployed(ProcessDeployed processDefinition, DecisionDeployed decisionDefinition,
                           DecisionRequirementsDeployed decisionRequirements, FormDeployed form) {}

    public record ProcessDeployed(String processDefinitionId, int processDefinitionVersion, String resourceName,
                                  String tenantId, long processDefinitionKey) {}

    public record DecisionDeployed(String decisionDefinitionId, int version, String name, String tenantId,
                                   String decisionRequirementsId, long decisionDefinitionKey, long decisionRequirementsKey) {}

    public record DecisionRequirementsDeployed(String decisionRequirementsId, String decisionRequirementsName, int version,
                                               String resourceName, String tenantId, long decisionRequirementsKey) {}

    public record FormDeployed(String formId, int version, String resourceName, String tenantId, long formKey) {}
}
