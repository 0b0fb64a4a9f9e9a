package org.pdsa.local.bench;

import org.pdsa.local.lambda.FunctionSpec;

/**
 * One function for the cold-start benchmark: the function as template.yaml defines it (resolved for the
 * local stack) and an event it answers successfully (JSON).
 */
public record ColdStartTarget(FunctionSpec spec, String event) {

    public String name() {
        return spec.name();
    }
}
