package org.pdsa.local.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Participant;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.spc.Direction;
import org.pdsa.store.Store;

/**
 * What the sample events of the functions refer to, written straight into the table: a programme with one
 * provider, one measure and one manager, and one cycle of that provider. Writing it again changes nothing.
 */
public final class SampleData {

    public static final String PROGRAMME = "sample-programme";
    public static final String PROVIDER = "rf4";
    public static final String PROVIDER_SYSTEM = "rf4-system";
    public static final String LEAD_GROUP = "rf4-leads";
    public static final String STAFF = "rf4-lead";
    public static final String MANAGER = "sample-manager";
    public static final String MEASURE = "breaches";
    public static final String CYCLE = "sample-cycle";

    private SampleData() {}

    public static void write(Store store) {
        Programme programme = new Programme(PROGRAMME, "Sample programme", "Fewer four-hour breaches",
                List.of(new Measure(MEASURE, "Four-hour breaches", "count", MeasureType.OUTCOME, Direction.DECREASE,
                        new BigDecimal("30"), MeasurePeriod.WEEK)),
                List.of(new Provider(PROVIDER, "Barking", List.of(LEAD_GROUP), null)),
                List.of(new Participant("Rita Lead", "rita@example.org", PROVIDER)),
                List.of(MANAGER), null, null);
        store.programmes().register(programme);
        store.cycles().create(Cycle.started(CYCLE, PROGRAMME, PROVIDER, 1,
                new TimelineEntry(Instant.parse("2024-01-08T09:00:00Z"), "started", "sample", PROVIDER_SYSTEM)));
    }
}
