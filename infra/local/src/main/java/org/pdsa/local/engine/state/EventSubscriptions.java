package org.pdsa.local.engine.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pdsa.local.engine.model.ExecutableElement;

/**
 * Open timer and message subscriptions, indexed by key, by owning element instance, by message
 * name and correlation key (oldest first), and the timer start events per process id. Also the
 * message start events of the latest process versions (derived from the deployments). Lists keep
 * key order, so correlation never depends on hash order.
 */
public final class EventSubscriptions {
    /** A message start event of the latest version of a process. */
    public record MessageStart(ProcessDefinition definition, ExecutableElement startEvent, String messageName) {}

    private final LongMap<EventSubscription> byKey = new LongMap<>();
    private final LongMap<List<EventSubscription>> byOwner = new LongMap<>();
    private final Map<String, List<EventSubscription>> byMessage = new HashMap<>();
    private final Map<String, List<EventSubscription>> startTimers = new HashMap<>();
    private final Map<String, List<MessageStart>> messageStartsByName = new HashMap<>();
    private final Map<String, List<MessageStart>> messageStartsByProcess = new LinkedHashMap<>();

    public EventSubscription get(long key) {
        return byKey.get(key);
    }

    public int size() {
        return byKey.size();
    }

    /** Whether nothing is subscribed (the common case on the hot path: no lookups then). */
    public boolean isEmpty() {
        return byKey.isEmpty();
    }

    /** The subscriptions an element instance owns, oldest first (a copy). */
    public List<EventSubscription> ownedBy(long elementInstanceKey) {
        if (byKey.isEmpty()) return List.of();
        List<EventSubscription> owned = byOwner.get(elementInstanceKey);
        return owned == null ? List.of() : new ArrayList<>(owned);
    }

    /** Open message subscriptions for a name and correlation key, oldest first (a copy). */
    public List<EventSubscription> forMessage(String name, String correlationKey) {
        List<EventSubscription> subs = byMessage.get(messageKey(name, correlationKey));
        return subs == null ? List.of() : new ArrayList<>(subs);
    }

    /** Timer start subscriptions of a process id (any version), oldest first (a copy). */
    public List<EventSubscription> startTimers(String bpmnProcessId) {
        List<EventSubscription> subs = startTimers.get(bpmnProcessId);
        return subs == null ? List.of() : new ArrayList<>(subs);
    }

    public void forEach(Consumer<EventSubscription> action) {
        byKey.forEachValue(action);
    }

    // ---- writes (stream processor only) ----

    public void add(EventSubscription subscription) {
        byKey.put(subscription.key(), subscription);
        if (subscription.owner() != null) {
            List<EventSubscription> owned = byOwner.get(subscription.owner().key());
            if (owned == null) byOwner.put(subscription.owner().key(), owned = new ArrayList<>(2));
            owned.add(subscription);
        } else {
            startTimers.computeIfAbsent(subscription.definition().bpmnProcessId(), id -> new ArrayList<>(1)).add(subscription);
        }
        if (subscription.kind() == EventSubscription.Kind.MESSAGE) {
            byMessage.computeIfAbsent(messageKey(subscription.messageName(), subscription.correlationKey()), k -> new ArrayList<>(1))
                    .add(subscription);
        }
    }

    public void remove(EventSubscription subscription) {
        if (byKey.remove(subscription.key()) == null) return;
        if (subscription.owner() != null) {
            List<EventSubscription> owned = byOwner.get(subscription.owner().key());
            if (owned != null && owned.remove(subscription) && owned.isEmpty()) byOwner.remove(subscription.owner().key());
        } else {
            removeFrom(startTimers, subscription.definition().bpmnProcessId(), subscription);
        }
        if (subscription.kind() == EventSubscription.Kind.MESSAGE) {
            removeFrom(byMessage, messageKey(subscription.messageName(), subscription.correlationKey()), subscription);
        }
    }

    /** The message start events that a message with this name starts (latest versions only). */
    public List<MessageStart> messageStarts(String messageName) {
        List<MessageStart> starts = messageStartsByName.get(messageName);
        return starts == null ? List.of() : starts;
    }

    /** The message start events of one process id (its latest version). */
    public List<MessageStart> messageStartsOf(String bpmnProcessId) {
        List<MessageStart> starts = messageStartsByProcess.get(bpmnProcessId);
        return starts == null ? List.of() : starts;
    }

    /** Replaces the message start events of a process id (a new version was deployed). */
    public void replaceMessageStarts(String bpmnProcessId, List<MessageStart> starts) {
        List<MessageStart> old = messageStartsByProcess.remove(bpmnProcessId);
        if (old != null) for (MessageStart start : old) removeFrom(messageStartsByName, start.messageName(), start);
        if (starts.isEmpty()) return;
        messageStartsByProcess.put(bpmnProcessId, List.copyOf(starts));
        for (MessageStart start : starts) {
            List<MessageStart> named = messageStartsByName.computeIfAbsent(start.messageName(), n -> new ArrayList<>(1));
            named.add(start);
            named.sort((a, b) -> Long.compare(a.definition().key(), b.definition().key()));
        }
    }

    private static <T> void removeFrom(Map<String, List<T>> index, String key, T value) {
        List<T> list = index.get(key);
        if (list != null && list.remove(value) && list.isEmpty()) index.remove(key);
    }

    static String messageKey(String name, String correlationKey) {
        return name + '\u0000' + (correlationKey == null ? "" : correlationKey);
    }
}
