package org.pdsa.local.engine.processing.commands;

import java.util.Map;

/** Bodies of {@code POST /v2/messages/publication} and {@code /correlation}, decoded the same way live and on replay. */
public final class MessageCommands {
    private MessageCommands() {}

    /** Tenant reported when the client names none. */
    public static final String DEFAULT_TENANT = "<default>";

    /** {@code POST /v2/messages/publication}. */
    public record Publish(String name, String correlationKey, Long timeToLive, String messageId, Map<String, Object> variables,
                          String tenantId) {
        public static Publish decode(byte[] body) {
            return CommandJson.read(body, Publish.class);
        }
    }

    /** {@code POST /v2/messages/correlation}. */
    public record Correlate(String name, String correlationKey, Map<String, Object> variables, String tenantId) {
        public static Correlate decode(byte[] body) {
            return CommandJson.read(body, Correlate.class);
        }
    }

    /** Answer to a publication. */
    public record Published(long messageKey, String tenantId) {}

    /** Answer to a correlation: the first process instance the message reached. */
    public record Correlated(long messageKey, String tenantId, long processInstanceKey) {}

    static String tenant(String tenantId) {
        return tenantId == null || tenantId.isBlank() ? DEFAULT_TENANT : tenantId;
    }

    static String correlationKey(String correlationKey) {
        return correlationKey == null ? "" : correlationKey;
    }
}
