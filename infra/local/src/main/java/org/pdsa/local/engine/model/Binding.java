package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;

/** Which version of a called process or decision is used (zeebe {@code bindingType}; latest by default). */
public enum Binding {
    LATEST, DEPLOYMENT, VERSION_TAG;

    static Binding of(ZeebeBindingType type) {
        if (type == null) return LATEST;
        return switch (type) {
            case latest -> LATEST;
            case deployment -> DEPLOYMENT;
            case versionTag -> VERSION_TAG;
        };
    }
}
