package org.pdsa.local.engine.state;

import java.nio.charset.StandardCharsets;

/**
 * A deployed file kept as sent (BPMN, DMN, Camunda Form, ...): name, content, checksum. The key is
 * the resource's own key (for forms the form key, for BPMN the first process definition's key).
 */
public record Resource(long key, String name, byte[] content, String checksum, long deploymentKey, String tenantId) {
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
