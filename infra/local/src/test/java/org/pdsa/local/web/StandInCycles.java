package org.pdsa.local.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.Decision;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasureEvidence;
import org.pdsa.domain.MeasureStudy;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Programme;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.FakeProcessEngine;
import org.pdsa.spc.ExpectedChange;
import org.pdsa.spc.MeasureSeries;
import org.pdsa.spc.Prediction;
import org.pdsa.spc.SpcJson;
import org.pdsa.spc.SpcPoint;
import org.pdsa.spc.Study;
import org.pdsa.spc.StudyResult;
import org.pdsa.spc.StudyWindow;
import org.pdsa.spc.Verdict;

/**
 * With the engine stand-in, the steps of pdsa-cycle that the browser suite needs and nobody else performs: open
 * a cycle's plan task; after the plan, do what analyse-measures does (a study per measure from the submitted
 * values, stored on the cycle) and open the study-and-decide task with the contract's verdicts; store a decision
 * with its evidence as store-decision does. The real engine and workers replace this class.
 */
final class StandInCycles {

    private final LocalStack stack;
    private final FakeProcessEngine engine;

    StandInCycles(LocalStack stack, FakeProcessEngine engine) {
        this.stack = stack;
        this.engine = engine;
    }

    long openPlan(Map<String, Object> variables) {
        return engine.addTask("task_plan_cycle", "Plan the cycle", List.of(variables.get("providerId") + "-leads"),
                "pdsa-plan-cycle", WebScenario.form("plan-cycle.form"), variables);
    }

    /** Studies the planned cycle and opens its study-and-decide task; returns the task key. */
    long studyAndOpenDecision(Map<String, Object> variables, Map<String, Object> planValues) {
        String cycleId = (String) variables.get("cycleId");
        Cycle cycle = stack.store().cycles().find(cycleId).orElseThrow().value();
        Programme programme = stack.store().programmes().find(cycle.programmeId()).orElseThrow();
        List<MeasureStudy> studies = new ArrayList<>();
        List<Map<String, Object>> verdicts = new ArrayList<>();
        for (StudyResult r : studies(programme, cycle)) {
            studies.add(new MeasureStudy(r.measure().id(), r.verdict(), r.predictionMet(),
                    r.variationIcon() == null ? null : r.variationIcon().code(),
                    r.assuranceIcon() == null ? null : r.assuranceIcon().code(), r.humanReviewNeeded(),
                    r.analysis() == null ? null : SpcJson.write(r.analysis())));
            verdicts.add(verdict(programme.measure(r.measure().id()).orElseThrow(), r));
        }
        stack.store().cycles().modify(cycleId, c -> c.withStudy(studies).withStatus(CycleStatus.STUDYING)
                .withEntry(new TimelineEntry(engine.now(), "studied", "SPC analysis of " + studies.size() + " measures",
                        "pdsa.analyse-measures")));
        Map<String, Object> vars = new HashMap<>(variables);
        vars.putAll(planValues);
        vars.put("verdicts", verdicts);
        vars.put("verdictSummary", verdicts.stream().map(v -> v.get("measureName") + ": " + v.get("resultLabel"))
                .reduce((a, b) -> a + "\n" + b).orElse(""));
        vars.put("balancingConcern", studies.stream().anyMatch(MeasureStudy::humanReviewNeeded));
        return engine.addTask("task_study_and_decide", "Study and decide", List.of(variables.get("providerId") + "-leads"),
                "pdsa-study-and-decide", WebScenario.form("study-and-decide.form"), vars);
    }

    /** Stores the decision with the cycle's evidence, as store-decision does, and marks the cycle decided. */
    void decide(String cycleId, Act act, String rationale, String by) {
        Cycle cycle = stack.store().cycles().find(cycleId).orElseThrow().value();
        Programme programme = stack.store().programmes().find(cycle.programmeId()).orElseThrow();
        List<MeasureEvidence> evidence = new ArrayList<>();
        for (StudyResult r : studies(programme, cycle)) {
            List<SeriesPoint> series = r.measure().points().stream().map(p -> new SeriesPoint(p.date(), p.value())).toList();
            evidence.add(new MeasureEvidence(r.measure().id(), series, SpcJson.write(r),
                    cycle.plan().predictions().stream().filter(p -> p.measureId().equals(r.measure().id())).findFirst()
                            .orElse(null)));
        }
        Instant now = engine.now();
        Decision decision = new Decision(cycleId, cycle.programmeId(), cycle.providerId(), cycle.number(), act, rationale,
                evidence, by, now);
        stack.store().decisions().record(decision);
        stack.store().cycles().modify(cycleId, c -> c.decided(decision)
                .withEntry(new TimelineEntry(now, "decided", act.code() + ": " + rationale, "pdsa.store-decision")));
    }

    private List<StudyResult> studies(Programme programme, Cycle cycle) {
        Plan plan = cycle.plan();
        StudyWindow window = new StudyWindow(plan.baseline().start(), plan.baseline().end(), plan.testWindow().start(),
                plan.testWindow().end());
        List<StudyResult> results = new ArrayList<>();
        for (org.pdsa.domain.Prediction p : plan.predictions()) {
            Measure m = programme.measure(p.measureId()).orElseThrow();
            List<SpcPoint> points = stack.store().measurements().findSeries(programme.id(), cycle.providerId(), m.id(),
                    plan.baseline().start(), plan.testWindow().end()).stream()
                    .map(x -> new SpcPoint(x.period(), x.value())).toList();
            MeasureSeries series = new MeasureSeries(m.id(), m.name(), m.type() == MeasureType.BALANCING, m.direction(),
                    m.target(), points);
            results.add(Study.of(series, window, p.change() == null ? null : Prediction.of(p.change())));
        }
        return results;
    }

    /** One entry of the {@code verdicts} variable (workflows/README.md). */
    private static Map<String, Object> verdict(Measure m, StudyResult r) {
        Map<String, Object> v = new LinkedHashMap<>();
        boolean predictedImprovement = r.prediction() != null && r.prediction().change() != ExpectedChange.NO_CHANGE;
        v.put("measureId", m.id());
        v.put("measureName", m.name());
        v.put("measureType", m.type().code());
        v.put("result", r.verdict() == Verdict.INSUFFICIENT_DATA ? "no-signal" : r.verdict().code());
        v.put("resultLabel", switch (r.verdict()) {
            case IMPROVEMENT -> "Special cause improvement";
            case CONCERN -> "Special cause concern";
            case NEUTRAL_CHANGE -> "Special cause (neutral)";
            default -> "No signal";
        });
        v.put("predicted", predictedImprovement ? "improvement" : "no-concern");
        boolean met = predictedImprovement ? r.verdict() == Verdict.IMPROVEMENT : r.verdict() != Verdict.CONCERN;
        v.put("predictionMet", met);
        v.put("predictionMetLabel", met ? "Yes" : "No");
        v.put("variationIcon", r.variationIcon() == null ? null : r.variationIcon().code());
        v.put("assuranceIcon", r.assuranceIcon() == null ? null : r.assuranceIcon().code());
        v.put("trialLimits", r.trialLimits());
        return v;
    }
}
