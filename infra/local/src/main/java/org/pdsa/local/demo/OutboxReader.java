package org.pdsa.local.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pdsa.domain.Notification;
import org.pdsa.store.Store;

/**
 * The local outbox as the demo prints it: the notifications of the programme it has not shown yet. It reads
 * through its own store (its own request counter), so the demo's looking does not count as product work.
 */
final class OutboxReader {

    private final Store store;
    private final String programmeId;
    private final Set<String> shown = new HashSet<>();
    private final List<Notification> all = new ArrayList<>();

    OutboxReader(Store store, String programmeId) {
        this.store = store;
        this.programmeId = programmeId;
    }

    /** Notifications recorded since the last call, oldest first. */
    List<Notification> fresh() {
        List<Notification> fresh = store.notifications().findByProgramme(programmeId).stream()
                .filter(n -> shown.add(n.id()))
                .sorted(Comparator.comparing(Notification::at).thenComparing(Notification::id))
                .toList();
        all.addAll(fresh);
        return fresh;
    }

    /** Everything shown so far. */
    List<Notification> all() {
        return List.copyOf(all);
    }
}
