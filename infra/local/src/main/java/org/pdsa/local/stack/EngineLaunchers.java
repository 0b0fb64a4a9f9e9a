package org.pdsa.local.stack;

import org.pdsa.camunda.CamundaSettings;

/** The engines the local stack knows how to run. */
public final class EngineLaunchers {

    private EngineLaunchers() {
    }

    /**
     * The stack's own engine. Until the embedded engine (org.pdsa.local.engine) is part of this build, this is
     * the engine at {@code CAMUNDA_REST_ADDRESS} or {@code http://localhost:PDSA_ENGINE_PORT} (8080), which
     * must already be running.
     */
    public static EngineLauncher local() {
        return EngineLauncher.external(CamundaSettings.fromVariables(System.getenv()).restAddress());
    }
}
