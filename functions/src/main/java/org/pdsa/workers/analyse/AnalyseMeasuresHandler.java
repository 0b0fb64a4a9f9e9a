package org.pdsa.workers.analyse;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.store.CycleWithSeries;
import org.pdsa.workers.CycleRecords;
import org.pdsa.workers.CycleRef;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobTypes;
import org.pdsa.workers.JobVariables;
import org.pdsa.workers.ProgrammeLookup;

/**
 * {@code pdsa.analyse-measures}: studies each measure of the cycle from its series snapshot, stores the full
 * studies on the cycle (status studying, one "studied" timeline entry) and completes with only the compact
 * {@code verdicts}, {@code verdictSummary} and {@code balancingConcern}. The cycle and its snapshots are read
 * in one request. A redelivered job computes the same studies and writes nothing.
 */
public final class AnalyseMeasuresHandler implements JobHandler {

    static final String STUDIED = "studied";

    private final ProgrammeLookup programmes;
    private final CycleRecords cycles;

    public AnalyseMeasuresHandler(ProgrammeLookup programmes, CycleRecords cycles) {
        this.programmes = programmes;
        this.cycles = cycles;
    }

    @Override
    public String type() {
        return JobTypes.ANALYSE_MEASURES;
    }

    @Override
    public JobOutcome handle(Job job) {
        JobVariables v = job.vars();
        CycleRef ref = CycleRef.from(v);
        CycleWithSeries read = cycles.read(ref);
        List<MeasureVerdict> verdicts = MeasureStudies.of(programmes.get(ref.programmeId()), v.strings("measureIds"),
                v.optionalStrings("predictedImprovements"), read.series());
        String summary = verdicts.stream().map(MeasureVerdict::summary).collect(Collectors.joining("\n"));
        boolean balancingConcern = verdicts.stream().anyMatch(MeasureVerdict::balancingConcern);
        cycles.change(ref, read.cycle(), job.now(), type(), cycle -> studied(cycle, verdicts, summary, job.now()));
        return JobOutcome.complete(Map.of(
                "verdicts", verdicts.stream().map(MeasureVerdict::variable).toList(),
                "verdictSummary", summary,
                "balancingConcern", balancingConcern));
    }

    private Cycle studied(Cycle cycle, List<MeasureVerdict> verdicts, String summary, Instant now) {
        Cycle changed = cycle.withStudy(verdicts.stream().map(MeasureVerdict::measureStudy).toList());
        if (!changed.status().isFinal()) {
            changed = changed.withStatus(CycleStatus.STUDYING);
        }
        boolean recorded = changed.timeline().stream().anyMatch(e -> STUDIED.equals(e.event()));
        return recorded ? changed : changed.withEntry(new TimelineEntry(now, STUDIED, summary, type()));
    }
}
