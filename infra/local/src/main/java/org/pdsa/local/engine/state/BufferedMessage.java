package org.pdsa.local.engine.state;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A published message kept until its time to live passes, so a subscription opened later can
 * still get it. Remembers the process ids it was correlated to: a message is correlated at most
 * once per process id (Zeebe's rule), across all versions.
 */
public final class BufferedMessage {
    private final long key;
    private final String name;
    private final String correlationKey;
    private final String messageId;
    private final Map<String, Object> variables;
    private final String tenantId;
    private final long publishedAt;
    private final long deadline;
    private final Set<String> correlatedProcesses = new LinkedHashSet<>(2);

    public BufferedMessage(long key, String name, String correlationKey, String messageId, Map<String, Object> variables,
                           String tenantId, long publishedAt, long deadline) {
        this.key = key;
        this.name = name;
        this.correlationKey = correlationKey;
        this.messageId = messageId;
        this.variables = variables == null ? Map.of() : variables;
        this.tenantId = tenantId;
        this.publishedAt = publishedAt;
        this.deadline = deadline;
    }

    public long key() { return key; }
    public String name() { return name; }
    public String correlationKey() { return correlationKey; }
    /** Null when the publisher gave none (no uniqueness check then). */
    public String messageId() { return messageId; }
    public Map<String, Object> variables() { return variables; }
    public String tenantId() { return tenantId; }
    public long publishedAt() { return publishedAt; }
    /** Engine time at which the message leaves the buffer. */
    public long deadline() { return deadline; }
    public Set<String> correlatedProcesses() { return correlatedProcesses; }

    public boolean correlatedTo(String bpmnProcessId) {
        return correlatedProcesses.contains(bpmnProcessId);
    }

    public void markCorrelated(String bpmnProcessId) {
        correlatedProcesses.add(bpmnProcessId);
    }
}
