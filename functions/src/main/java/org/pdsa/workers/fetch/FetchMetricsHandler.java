package org.pdsa.workers.fetch;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pdsa.domain.Programme;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.store.SeriesSnapshotRepository;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobTypes;
import org.pdsa.workers.ProgrammeLookup;

/**
 * {@code pdsa.fetch-metrics}: reads the cycle's baseline and test-window values, stores them as the cycle's
 * series snapshot (overwritten by a redelivered job with the same values) and completes with
 * {@code fetchedMetrics}; throws {@code no-data} with {@code missingData} and {@code missingDataSummary}
 * when a measure lacks values, writing nothing.
 */
public final class FetchMetricsHandler implements JobHandler {

    public static final String NO_DATA = "no-data";

    private final ProgrammeLookup programmes;
    private final MetricsFetch fetch;
    private final SeriesSnapshotRepository snapshots;

    public FetchMetricsHandler(ProgrammeLookup programmes, MetricsFetch fetch, SeriesSnapshotRepository snapshots) {
        this.programmes = programmes;
        this.fetch = fetch;
        this.snapshots = snapshots;
    }

    @Override
    public String type() {
        return JobTypes.FETCH_METRICS;
    }

    @Override
    public JobOutcome handle(Job job) {
        FetchRequest request = FetchRequest.from(job.vars());
        Programme programme = programmes.get(request.programmeId());
        MetricsFetch.Result result = fetch.fetch(request, programme);
        if (!result.missing().isEmpty()) {
            String summary = result.missing().stream().map(MissingData::summary).collect(Collectors.joining("\n"));
            return JobOutcome.error(NO_DATA, "data missing for cycle " + request.cycleId() + ": " + summary, Map.of(
                    "missingData", result.missing().stream().map(MissingData::variable).toList(),
                    "missingDataSummary", summary));
        }
        snapshots.saveAll(result.snapshots());
        return JobOutcome.complete(Map.of("fetchedMetrics", result.snapshots().stream().map(FetchMetricsHandler::fetched).toList()));
    }

    private static Map<String, Object> fetched(SeriesSnapshot s) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("measureId", s.measureId());
        entry.put("baselinePoints", s.baselinePoints().size());
        entry.put("testPoints", s.testPoints().size());
        List<String> missing = s.missingPeriods().stream().map(LocalDate::toString).toList();
        entry.put("missingPeriods", missing);
        return entry;
    }
}
