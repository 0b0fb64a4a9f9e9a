package org.pdsa.local.engine.processing.commands;

import java.util.Map;

/** Body of {@code PUT /v2/element-instances/{key}/variables}. */
public record SetVariables(Map<String, Object> variables, Boolean local, Long operationReference) {
    public static SetVariables decode(byte[] body) {
        return CommandJson.read(body, SetVariables.class);
    }
}
