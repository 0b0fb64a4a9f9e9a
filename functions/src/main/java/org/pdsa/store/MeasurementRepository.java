package org.pdsa.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Measurement;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Submitted values: one versioned item per programme, provider, measure and period, all of a provider's
 * series in one partition sorted by measure then period, so a cycle's window of one measure is one query.
 * Resubmitting a period replaces its value and keeps the old one in the item's history.
 *
 * <p>A single point costs one conditional put. Several points cost one batch read, one batch write of the
 * new periods (at version 1) and one versioned put per changed period. Batch writes cannot be conditional,
 * so two submissions racing to create the same new period leave the later value without the earlier one in
 * its history; every later resubmission is versioned and keeps history exactly.
 */
public final class MeasurementRepository {

    private static final int REPLACE_ATTEMPTS = 5;

    private final Table table;

    MeasurementRepository(Table table) {
        this.table = table;
    }

    /**
     * Stores the points ({@code recordedAt}/{@code recordedBy} set by the caller; any history given is ignored).
     * When the same period appears twice, the later point wins.
     */
    public SubmitResult submit(List<Measurement> points) {
        Map<String, Measurement> byKey = new LinkedHashMap<>();
        for (Measurement m : points) {
            byKey.put(key(m), m);
        }
        List<Measurement> unique = List.copyOf(byKey.values());
        if (unique.size() == 1) {
            return new SubmitResult(List.of(submitOne(unique.get(0))));
        }
        List<Key> keys = unique.stream().map(m -> tableKey(m.programmeId(), m.providerId(), m.measureId(), m.period())).toList();
        Map<String, MeasurementItem> existing = table.batchGet(table.measurements, keys).stream()
                .collect(Collectors.toMap(i -> key(i.toMeasurement()), Function.identity()));
        List<MeasurementItem> fresh = new ArrayList<>();
        List<SubmitResult.Point> results = new ArrayList<>();
        for (Measurement m : unique) {
            MeasurementItem found = existing.get(key(m));
            if (found == null) {
                fresh.add(MeasurementItem.from(withoutHistory(m), 1L));
                results.add(new SubmitResult.Point(withoutHistory(m), SubmitResult.Change.CREATED));
            } else {
                results.add(replace(found, m));
            }
        }
        table.batchPut(table.measurementsUnversioned, fresh);
        return new SubmitResult(results);
    }

    public Optional<Measurement> find(String programmeId, String providerId, String measureId, LocalDate period) {
        return item(programmeId, providerId, measureId, period).map(MeasurementItem::toMeasurement);
    }

    /** One measure's values from {@code from} to {@code to} (period starts, inclusive), oldest first. */
    public List<Measurement> findSeries(String programmeId, String providerId, String measureId, LocalDate from,
                                        LocalDate to) {
        return table.queryBetween(table.measurements, Keys.series(programmeId, providerId),
                        Keys.measurement(measureId, from), Keys.measurement(measureId, to)).stream()
                .map(MeasurementItem::toMeasurement)
                .toList();
    }

    /**
     * Several measures' values, each over its own span (period starts, inclusive), in one query: the sort keys
     * from the lowest measure's first period to the highest one's last, less what lies outside each span.
     * Answers per measure id, oldest first (an empty list for a measure without values).
     */
    public Map<String, List<Measurement>> findSeries(String programmeId, String providerId, Map<String, DateRange> spans) {
        Map<String, List<Measurement>> found = new LinkedHashMap<>();
        spans.keySet().forEach(id -> found.put(id, new ArrayList<>()));
        if (spans.isEmpty()) {
            return found;
        }
        String from = null;
        String to = null;
        for (Map.Entry<String, DateRange> span : spans.entrySet()) {
            String first = Keys.measurement(span.getKey(), span.getValue().start());
            String last = Keys.measurement(span.getKey(), span.getValue().end());
            from = from == null || first.compareTo(from) < 0 ? first : from;
            to = to == null || last.compareTo(to) > 0 ? last : to;
        }
        for (MeasurementItem item : table.queryBetween(table.measurements, Keys.series(programmeId, providerId), from, to)) {
            Measurement m = item.toMeasurement();
            DateRange span = spans.get(m.measureId());
            if (span != null && !m.period().isBefore(span.start()) && !m.period().isAfter(span.end())) {
                found.get(m.measureId()).add(m);
            }
        }
        return found;
    }

    /** Every value a provider submitted in a programme, all measures, by measure then period (one query). */
    public List<Measurement> findAll(String programmeId, String providerId) {
        return table.query(table.measurements, Keys.series(programmeId, providerId), "MEASUREMENT#").stream()
                .map(MeasurementItem::toMeasurement)
                .toList();
    }

    private SubmitResult.Point submitOne(Measurement m) {
        Optional<MeasurementItem> found = table.putIfAbsent(table.measurements, MeasurementItem.from(withoutHistory(m), null));
        return found.map(item -> replace(item, m))
                .orElseGet(() -> new SubmitResult.Point(withoutHistory(m), SubmitResult.Change.CREATED));
    }

    /** Replaces the stored value when it differs, conditional on the version read; re-reads when beaten to it. */
    private SubmitResult.Point replace(MeasurementItem found, Measurement wanted) {
        MeasurementItem current = found;
        for (int attempt = 1; ; attempt++) {
            Measurement stored = current.toMeasurement();
            if (stored.sameValueAs(wanted.value())) {
                return new SubmitResult.Point(stored, SubmitResult.Change.UNCHANGED);
            }
            Measurement replaced = stored.replacedBy(wanted.value(), wanted.recordedAt(), wanted.recordedBy());
            try {
                table.measurements.putItem(MeasurementItem.from(replaced, current.getVersion()));
                return new SubmitResult.Point(replaced, SubmitResult.Change.REPLACED);
            } catch (ConditionalCheckFailedException stale) {
                if (attempt == REPLACE_ATTEMPTS) {
                    throw new StaleVersionException("measurement " + key(wanted), current.getVersion());
                }
                current = item(wanted.programmeId(), wanted.providerId(), wanted.measureId(), wanted.period())
                        .orElseThrow(() -> new IllegalStateException("measurement " + key(wanted) + " vanished"));
            }
        }
    }

    private Optional<MeasurementItem> item(String programmeId, String providerId, String measureId, LocalDate period) {
        return table.get(table.measurements, tableKey(programmeId, providerId, measureId, period));
    }

    private static Key tableKey(String programmeId, String providerId, String measureId, LocalDate period) {
        return Table.key(Keys.series(programmeId, providerId), Keys.measurement(measureId, period));
    }

    private static Measurement withoutHistory(Measurement m) {
        return m.history().isEmpty() ? m
                : new Measurement(m.programmeId(), m.providerId(), m.measureId(), m.period(), m.value(), m.recordedAt(),
                        m.recordedBy(), List.of());
    }

    private static String key(Measurement m) {
        return m.programmeId() + "/" + m.providerId() + "/" + m.measureId() + "/" + m.period();
    }
}
