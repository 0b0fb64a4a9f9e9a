package org.pdsa.workers.fetch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.Measure;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.workers.JobInputException;

/**
 * Gathers a cycle's baseline and test-window values per measure, from the table or the provider's FHIR
 * endpoint, and says what is missing: a test-window period without a value or fewer than 2 baseline
 * values; when the leads chose to proceed with gaps, only a measure without any test-window value or with
 * fewer than 2 baseline values.
 */
public final class MetricsFetch {

    private final MeasureValues table;
    private final MeasureValues fhir;

    public MetricsFetch(MeasureValues table, MeasureValues fhir) {
        this.table = table;
        this.fhir = fhir;
    }

    /** The snapshots of a fetch and the measures that lack data (empty when the study can go ahead). */
    public record Result(List<SeriesSnapshot> snapshots, List<MissingData> missing) {
        public Result {
            snapshots = List.copyOf(snapshots);
            missing = List.copyOf(missing);
        }
    }

    public Result fetch(FetchRequest request, Programme programme) {
        Provider provider = programme.provider(request.providerId()).orElseThrow(() -> new JobInputException(
                "provider '" + request.providerId() + "' is not in programme '" + programme.id() + "'"));
        List<MeasureWindow> windows = new ArrayList<>();
        for (String id : request.measureIds()) {
            Measure measure = programme.measure(id).orElseThrow(() -> new JobInputException(
                    "measure '" + id + "' of measureIds is not in programme '" + programme.id() + "'"));
            windows.add(MeasureWindow.of(measure, request.testWindowStart(), request.testWindowEnd(),
                    request.baselinePeriods()));
        }
        MeasureValues source = hasFhirEndpoint(provider) ? fhir : table;
        Map<String, Map<LocalDate, BigDecimal>> values = source.read(programme, provider, windows);
        List<SeriesSnapshot> snapshots = new ArrayList<>();
        List<MissingData> missing = new ArrayList<>();
        for (MeasureWindow w : windows) {
            Map<LocalDate, BigDecimal> found = values.getOrDefault(w.measure().id(), Map.of());
            List<SeriesPoint> points = new ArrayList<>();
            List<LocalDate> baselineGaps = collect(w.baselinePeriods(), found, points);
            List<LocalDate> testGaps = collect(w.testPeriods(), found, points);
            snapshots.add(new SeriesSnapshot(request.cycleId(), programme.id(), provider.id(), w.measure().id(),
                    w.baseline(), w.test(), points, testGaps, source.source(provider)));
            MissingData gaps = new MissingData(w.measure().id(), w.measure().name(), testGaps, w.testPeriods().size(),
                    baselineGaps, w.baselinePeriods().size());
            if (lacksData(gaps, request.allowGaps())) {
                missing.add(gaps);
            }
        }
        return new Result(snapshots, missing);
    }

    private static boolean lacksData(MissingData gaps, boolean allowGaps) {
        boolean thinBaseline = gaps.baselineValues() < MissingData.MIN_BASELINE_VALUES;
        boolean noTestValue = gaps.testGaps().size() == gaps.testPeriods();
        return thinBaseline || noTestValue || (!allowGaps && !gaps.testGaps().isEmpty());
    }

    /** Adds the values of {@code periods} to {@code points}; returns the periods without one. */
    private static List<LocalDate> collect(List<LocalDate> periods, Map<LocalDate, BigDecimal> found,
                                           List<SeriesPoint> points) {
        List<LocalDate> gaps = new ArrayList<>();
        for (LocalDate period : periods) {
            BigDecimal value = found.get(period);
            if (value == null) {
                gaps.add(period);
            } else {
                points.add(new SeriesPoint(period, value));
            }
        }
        return gaps;
    }

    private static boolean hasFhirEndpoint(Provider provider) {
        return provider.fhirEndpoint() != null && !provider.fhirEndpoint().isBlank();
    }
}
