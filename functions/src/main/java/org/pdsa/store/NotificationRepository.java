package org.pdsa.store;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pdsa.domain.Notification;
import software.amazon.awssdk.enhanced.dynamodb.Key;

/**
 * Every notification, delivered or not (the outbox): kept beside its cycle (or its programme when it has
 * no cycle) and indexed by programme (GSI1, in time order). Ids are chosen by the sender, so a redelivered
 * notify job can ask which of its messages already went out (one batch read) and send only the rest.
 */
public final class NotificationRepository {

    static final String KIND = "notification";

    private final Table table;

    NotificationRepository(Table table) {
        this.table = table;
    }

    /** Stores the notifications (their delivery state included): one batch write per 25. */
    public void saveAll(List<Notification> notifications) {
        table.batchPut(table.documents, notifications.stream().map(NotificationRepository::item).toList());
    }

    /** The stored versions of {@code candidates}, by id (one batch read per 100; absent ones are missing). */
    public Map<String, Notification> findExisting(List<Notification> candidates) {
        List<Key> keys = candidates.stream().map(n -> Table.key(partition(n), Keys.notification(n.id()))).distinct().toList();
        return table.batchGet(table.documents, keys).stream()
                .map(item -> item.value(Notification.class))
                .collect(Collectors.toMap(Notification::id, Function.identity(), (a, b) -> a));
    }

    /** The candidates that have not been delivered yet: new ones and ones whose delivery failed. */
    public List<Notification> notYetDelivered(List<Notification> candidates) {
        Set<String> delivered = findExisting(candidates).values().stream()
                .filter(Notification::delivered).map(Notification::id).collect(Collectors.toSet());
        return candidates.stream().filter(n -> !delivered.contains(n.id())).toList();
    }

    /** The notifications about one cycle, oldest first. */
    public List<Notification> findByCycle(String cycleId) {
        return sorted(table.query(table.documents, Keys.cycle(cycleId), "NOTIFICATION#"));
    }

    /** Every notification of a programme, cycles' and programme-wide ones, oldest first (the outbox listing). */
    public List<Notification> findByProgramme(String programmeId) {
        return sorted(table.queryIndex(table.documents, TableDefinition.GSI1, Keys.programme(programmeId), "NOTIFICATION#"));
    }

    private static List<Notification> sorted(List<DocumentItem> items) {
        return items.stream().map(i -> i.value(Notification.class))
                .sorted(Comparator.comparing(Notification::at).thenComparing(Notification::id))
                .toList();
    }

    private static String partition(Notification n) {
        return n.cycleId() != null ? Keys.cycle(n.cycleId()) : Keys.programme(n.programmeId());
    }

    private static DocumentItem item(Notification n) {
        DocumentItem item = DocumentItem.of(KIND, partition(n), Keys.notification(n.id()), n);
        item.gsi1(Keys.programme(n.programmeId()), Keys.notificationInProgramme(n.at().toString(), n.id()));
        return item;
    }
}
