package org.pdsa.local.engine.state;

import java.util.HashMap;
import java.util.Map;

/**
 * Zeebe's rule for message start events: while an instance of a process that a message with
 * correlation key K started is active, no other message with key K starts another instance of
 * that process (any version). Held per (process id, correlation key) until that instance ends.
 */
public final class MessageStartLocks {
    /** One held lock (for snapshots). */
    public record Lock(String bpmnProcessId, String correlationKey, long processInstanceKey) {}

    private final Map<String, Lock> byProcessAndKey = new HashMap<>();
    private final LongMap<Lock> byInstance = new LongMap<>();

    public boolean isLocked(String bpmnProcessId, String correlationKey) {
        return byProcessAndKey.containsKey(key(bpmnProcessId, correlationKey));
    }

    public void lock(String bpmnProcessId, String correlationKey, long processInstanceKey) {
        Lock lock = new Lock(bpmnProcessId, correlationKey, processInstanceKey);
        byProcessAndKey.put(key(bpmnProcessId, correlationKey), lock);
        byInstance.put(processInstanceKey, lock);
    }

    /** Releases the lock a finished instance held; returns it, or null when it held none. */
    public Lock release(long processInstanceKey) {
        if (byInstance.isEmpty()) return null;
        Lock lock = byInstance.remove(processInstanceKey);
        if (lock != null) byProcessAndKey.remove(key(lock.bpmnProcessId(), lock.correlationKey()));
        return lock;
    }

    public int size() {
        return byInstance.size();
    }

    public void forEach(java.util.function.Consumer<Lock> action) {
        byInstance.forEachValue(action);
    }

    private static String key(String bpmnProcessId, String correlationKey) {
        return bpmnProcessId + '\u0000' + correlationKey;
    }
}
