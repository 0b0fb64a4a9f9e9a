package org.pdsa.local.engine.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Messages published with a time to live, by key, by name and correlation key (oldest first, as
 * Zeebe correlates them) and by message id (for the uniqueness check while buffered).
 */
public final class MessageBuffer {
    private final LongMap<BufferedMessage> byKey = new LongMap<>();
    private final Map<String, List<BufferedMessage>> byNameAndKey = new HashMap<>();
    private final Map<String, BufferedMessage> byMessageId = new HashMap<>();

    public BufferedMessage get(long key) {
        return byKey.get(key);
    }

    public int size() {
        return byKey.size();
    }

    /** Buffered messages with this name and correlation key, oldest first (no copy: do not change the buffer while iterating). */
    public List<BufferedMessage> find(String name, String correlationKey) {
        List<BufferedMessage> messages = byNameAndKey.get(EventSubscriptions.messageKey(name, correlationKey));
        return messages == null ? List.of() : messages;
    }

    /** The buffered message with the same name, correlation key and message id, or null. */
    public BufferedMessage findDuplicate(String name, String correlationKey, String messageId) {
        if (messageId == null || messageId.isEmpty()) return null;
        return byMessageId.get(idKey(name, correlationKey, messageId));
    }

    public void forEach(Consumer<BufferedMessage> action) {
        byKey.forEachValue(action);
    }

    // ---- writes (stream processor only) ----

    public void add(BufferedMessage message) {
        byKey.put(message.key(), message);
        List<BufferedMessage> list = byNameAndKey.computeIfAbsent(
                EventSubscriptions.messageKey(message.name(), message.correlationKey()), k -> new ArrayList<>(1));
        list.add(message);
        list.sort((a, b) -> Long.compare(a.key(), b.key()));
        if (message.messageId() != null && !message.messageId().isEmpty()) {
            byMessageId.put(idKey(message.name(), message.correlationKey(), message.messageId()), message);
        }
    }

    public void remove(BufferedMessage message) {
        if (byKey.remove(message.key()) == null) return;
        String nameKey = EventSubscriptions.messageKey(message.name(), message.correlationKey());
        List<BufferedMessage> list = byNameAndKey.get(nameKey);
        if (list != null && list.remove(message) && list.isEmpty()) byNameAndKey.remove(nameKey);
        if (message.messageId() != null && !message.messageId().isEmpty()) {
            byMessageId.remove(idKey(message.name(), message.correlationKey(), message.messageId()), message);
        }
    }

    private static String idKey(String name, String correlationKey, String messageId) {
        return EventSubscriptions.messageKey(name, correlationKey) + '\u0000' + messageId;
    }
}
