package org.pdsa.local.engine.model;

/** Why a resource cannot be deployed: the element (or resource) concerned and the reason. */
public record DeploymentProblem(String resourceName, String elementId, String reason) {
    @Override
    public String toString() {
        return (elementId == null ? "" : "element '" + elementId + "': ") + reason;
    }
}
