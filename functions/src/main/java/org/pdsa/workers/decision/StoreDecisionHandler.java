package org.pdsa.workers.decision;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pdsa.codes.Coded;
import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.Decision;
import org.pdsa.domain.DecisionValidation;
import org.pdsa.domain.FieldError;
import org.pdsa.domain.MeasureEvidence;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Programme;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.domain.StudyNotes;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.store.DecisionRepository;
import org.pdsa.store.CycleWithSeries;
import org.pdsa.workers.CycleRecords;
import org.pdsa.workers.CycleRef;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobInputException;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobTypes;
import org.pdsa.workers.JobVariables;
import org.pdsa.workers.ProgrammeLookup;
import org.pdsa.workers.analyse.MeasureStudies;
import org.pdsa.workers.analyse.MeasureVerdict;

/**
 * {@code pdsa.store-decision}: stores the cycle's decision once, with its evidence per measure (the series
 * snapshot, the full SPC study, the prediction), the study notes, the run, the change idea and who decided
 * ({@code decidedBy}, the person who completed the task; "leads of" the provider when unknown); then marks
 * the cycle decided, with a "decided" timeline entry by that person (recording the plan from the variables
 * if the cycle has none yet). The cycle and its snapshots are read in one request. The decision is a conditional put keyed by the cycle, so
 * a redelivered job finds the stored decision, changes nothing, and completes with the same
 * {@code decisionId} (the cycle id: one decision per cycle).
 */
public final class StoreDecisionHandler implements JobHandler {

    static final String DECIDED = "decided";
    /** The variable naming who completed the study-and-decide task (set by the API on completion). */
    public static final String DECIDED_BY = "decidedBy";

    private final ProgrammeLookup programmes;
    private final DecisionRepository decisions;
    private final CycleRecords cycles;

    public StoreDecisionHandler(ProgrammeLookup programmes, DecisionRepository decisions, CycleRecords cycles) {
        this.programmes = programmes;
        this.decisions = decisions;
        this.cycles = cycles;
    }

    @Override
    public String type() {
        return JobTypes.STORE_DECISION;
    }

    @Override
    public JobOutcome handle(Job job) {
        JobVariables v = job.vars();
        CycleRef ref = CycleRef.from(v);
        Act act = Coded.parse(Act.class, v.string("decision")).orElseThrow(() -> new JobInputException(
                "variable 'decision' must be one of " + Coded.choices(Act.class) + ", got '" + v.string("decision") + "'"));
        PlanVariables plan = PlanVariables.from(v.object("plan"));
        Programme programme = programmes.get(ref.programmeId());
        CycleWithSeries read = cycles.read(ref);
        String decidedBy = v.optionalString(DECIDED_BY).filter(s -> !s.isBlank()).orElse("leads of " + ref.providerId());
        Decision wanted = new Decision(ref.cycleId(), ref.programmeId(), ref.providerId(), ref.number(), act,
                v.string("rationale"), evidence(programme, plan, read.series()), decidedBy, job.now(),
                v.optionalString("runId").orElse(null), plan.changeIdea(), v.bool("balancingConcern", false),
                new StudyNotes(text(v, "doObservations"), text(v, "learning"), text(v, "surprises"),
                        text(v, "nextChange"), text(v, "missingDataNote")));
        List<FieldError> errors = DecisionValidation.validate(wanted);
        if (!errors.isEmpty()) {
            throw new JobInputException("the decision cannot be stored: " + errors.stream()
                    .map(e -> e.field() + " " + e.reason()).collect(Collectors.joining("; ")));
        }
        // on a redelivery the stored decision stands (its time and evidence are those of the first delivery); a
        // cycle that shows it was written after it, so only a cycle without it needs the conditional put
        Decision stored = read.cycle().map(c -> c.value().decision())
                .orElseGet(() -> decisions.record(wanted).stored());
        cycles.change(ref, read.cycle(), job.now(), type(), cycle -> decided(cycle, plan.toPlan(programme), stored));
        return JobOutcome.complete(Map.of("decisionId", stored.cycleId()));
    }

    private static List<MeasureEvidence> evidence(Programme programme, PlanVariables plan, List<SeriesSnapshot> series) {
        Map<String, SeriesSnapshot> byMeasure = series.stream()
                .collect(Collectors.toMap(SeriesSnapshot::measureId, Function.identity()));
        return MeasureStudies.of(programme, plan.measureIds(), plan.predictedImprovements(), series).stream()
                .map(verdict -> evidence(programme, plan, byMeasure.get(verdict.measure().id()), verdict))
                .toList();
    }

    private static MeasureEvidence evidence(Programme programme, PlanVariables plan, SeriesSnapshot snapshot,
                                            MeasureVerdict verdict) {
        String id = verdict.measure().id();
        return new MeasureEvidence(id, snapshot.points(), verdict.studyJson(), plan.predictionFor(programme, id));
    }

    private static Cycle decided(Cycle cycle, Plan plan, Decision decision) {
        // a plan the API stored when the plan task was completed stands; the variables fill in a missing one
        Cycle changed = (cycle.plan() == null ? cycle.withPlan(plan) : cycle).decided(decision);
        boolean recorded = changed.timeline().stream().anyMatch(e -> DECIDED.equals(e.event()));
        return recorded ? changed : changed.withEntry(new TimelineEntry(decision.decidedAt(), DECIDED,
                decision.act().code() + ": " + decision.rationale(), decision.decidedBy()));
    }

    private static String text(JobVariables v, String name) {
        return v.optionalString(name).filter(s -> !s.isBlank()).orElse(null);
    }
}
