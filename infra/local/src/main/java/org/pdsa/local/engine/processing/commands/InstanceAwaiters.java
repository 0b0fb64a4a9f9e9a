package org.pdsa.local.engine.processing.commands;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * Clients that created an instance with {@code awaitCompletion}: answered when it completes, or
 * with 504 when their request timeout passes first. Transient (a restart drops them; their HTTP
 * connections are gone anyway).
 */
public final class InstanceAwaiters {
    private record Awaiter(CompletableFuture<Object> response, List<String> fetchVariables, long expiresAtNanos) {}

    private final Map<Long, List<Awaiter>> byInstance = new HashMap<>();
    private long nextExpiry = Long.MAX_VALUE;

    public void await(long processInstanceKey, CompletableFuture<Object> response, List<String> fetchVariables, long timeoutMillis) {
        if (response == null) return; // replay: nobody is waiting
        long expires = System.nanoTime() + timeoutMillis * 1_000_000;
        byInstance.computeIfAbsent(processInstanceKey, k -> new ArrayList<>(1)).add(new Awaiter(response, fetchVariables, expires));
        nextExpiry = Math.min(nextExpiry, expires);
    }

    /** Called when any process instance finished. */
    public void finished(ProcessInstance instance, ProcessingContext context) {
        if (byInstance.isEmpty()) return;
        List<Awaiter> awaiters = byInstance.remove(instance.key());
        if (awaiters == null) return;
        for (Awaiter awaiter : awaiters) {
            if (instance.state() == ProcessInstance.State.COMPLETED) {
                context.complete(awaiter.response, CreateProcessInstanceProcessor.result(instance, select(instance, awaiter.fetchVariables)));
            } else {
                context.fail(awaiter.response, Rejection.invalidState("Expected to await the completion of process instance '"
                        + instance.key() + "', but it was terminated"));
            }
        }
    }

    public long nextExpiryNanos() {
        return nextExpiry;
    }

    /** Answers every awaiter whose time is up with 504. */
    public void expire(long nowNanos, ProcessingContext context) {
        if (nowNanos < nextExpiry) return;
        long next = Long.MAX_VALUE;
        for (Iterator<Map.Entry<Long, List<Awaiter>>> it = byInstance.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, List<Awaiter>> entry = it.next();
            for (Iterator<Awaiter> a = entry.getValue().iterator(); a.hasNext(); ) {
                Awaiter awaiter = a.next();
                if (awaiter.expiresAtNanos <= nowNanos) {
                    a.remove();
                    context.fail(awaiter.response, new Rejection(Rejection.Type.DEADLINE_EXCEEDED,
                            "Expected to await the completion of process instance '" + entry.getKey()
                                    + "', but the request timed out first"));
                } else {
                    next = Math.min(next, awaiter.expiresAtNanos);
                }
            }
            if (entry.getValue().isEmpty()) it.remove();
        }
        nextExpiry = next;
    }

    /** The finished instance's root variables, all or only the named ones. */
    static Map<String, Object> select(ProcessInstance instance, List<String> names) {
        Map<String, Object> all = instance.variables();
        if (names == null || names.isEmpty()) return new HashMap<>(all);
        Map<String, Object> selected = new HashMap<>();
        for (String name : names) if (all.containsKey(name)) selected.put(name, all.get(name));
        return selected;
    }
}
