package org.pdsa.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.demo.DemoProgramme.DemoProvider;
import org.pdsa.local.demo.DemoResult.CycleOutcome;
import org.pdsa.local.demo.RequestLedger.Purpose;

/**
 * Plays the demo programme through the HTTP API on the engine's accelerated clock: the manager registers the
 * programme and starts a run, provider systems send their baseline and then one week's values at a time,
 * leads plan their cycles and, after each test window, read the verdicts on the study form and decide. The
 * engine, its timers and the job workers do the rest. Each step waits until the engine has settled, so the
 * story unfolds in order and a step that hangs is reported as stuck.
 */
final class DemoRun {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DemoContext context;
    private final GatewayClient api;
    private final EngineWatch engine;
    private final DemoCalendar calendar;
    private final DemoSeries series;
    private final DemoTimeline timeline;
    private final RequestLedger ledger;
    private final String programmeId;
    private final DemoTasks tasks;

    private String runId;
    private long root;
    /** Provider id → the number of the cycle it is running; a provider leaves when its series ends. */
    private final Map<String, Integer> running = new LinkedHashMap<>();
    private final List<CycleOutcome> outcomes = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private int valuesSubmitted;

    DemoRun(DemoContext context) {
        this.context = context;
        this.api = context.api();
        this.engine = context.engine();
        this.calendar = context.calendar();
        this.series = context.series();
        this.timeline = context.timeline();
        this.ledger = context.ledger();
        this.programmeId = context.programmeId();
        this.tasks = new DemoTasks(api, engine, programmeId);
    }

    DemoResult play() {
        engine.pin(calendar.start());
        ledger.charge(Purpose.SETUP, this::register);
        ledger.charge(Purpose.DATA, this::submitBaseline);
        ledger.charge(Purpose.SETUP, this::startRun);
        ledger.charge(Purpose.CYCLES, () -> plan(1, DemoProgramme.PROVIDERS));
        showOutbox();
        for (int week = 1; week <= calendar.testWeeks() && !running.isEmpty(); week++) {
            playWeek(week);
        }
        return finish();
    }

    private void register() {
        api.as(DemoProgramme.MANAGER).post("/programmes", DemoProgramme.registration(programmeId, calendar));
        timeline.at(calendar.start(), "▶ " + DemoProgramme.MANAGER.subject() + " registers programme " + programmeId
                + " (3 providers, 2 weekly measures)");
    }

    private void submitBaseline() {
        int values = 0;
        for (DemoProvider p : DemoProgramme.PROVIDERS) {
            for (String measure : List.of(DemoProgramme.OUTCOME, DemoProgramme.BALANCING)) {
                List<Map<String, Object>> points = new ArrayList<>();
                for (int i = 0; i < calendar.baselineWeeks(); i++) {
                    points.add(point(p, measure, i));
                }
                submit(p, measure, points);
                values += points.size();
            }
        }
        timeline.line("                        ▶ the providers' systems send their baseline: " + values + " weekly values ("
                + calendar.period(0) + " to " + calendar.period(calendar.baselineWeeks() - 1) + ")");
    }

    private void startRun() {
        JsonNode run = api.as(DemoProgramme.MANAGER).post("/programmes/" + programmeId + "/runs", Map.of(
                "testWindowStart", calendar.windowStart(1).toString(), "testWindowEnd", calendar.windowEnd(1).toString(),
                "baselinePeriods", calendar.baselineWeeks()));
        runId = run.path("id").asText();
        root = Long.parseLong(run.path("processInstanceKey").asText());
        engine.settle(root, "starting run " + runId);
        timeline.line("                        ▶ " + DemoProgramme.MANAGER.subject() + " starts run " + runId
                + ": improvement-programme calls pdsa-cycle at every provider");
    }

    /** The leads of {@code providers} plan cycle {@code cycle}. */
    private void plan(int cycle, List<DemoProvider> providers) {
        for (DemoProvider p : providers) {
            String cycleId = cycleId(p, cycle);
            DemoTasks.Task task = tasks.await(p, "task_plan_cycle", cycleId, root);
            JsonNode form = tasks.form(p, task);
            Map<String, Object> plan = DemoPlans.plan(p, cycle, calendar);
            if (cycle > 1 && !form.path("previousCycleId").asText().equals(cycleId(p, cycle - 1))) {
                problems.add(p.id() + " cycle " + cycle + ": the plan form does not name the previous cycle "
                        + cycleId(p, cycle - 1) + " (it shows " + form.path("previousCycleId") + ")");
            }
            tasks.complete(p, task, plan);
            engine.settle(root, p.id() + " planning cycle " + cycle);
            running.put(p.id(), cycle);
            timeline.provider(p.id(), "✎ cycle " + cycle + " (" + cycleId + ") planned by " + p.lead().subject() + ": \""
                    + plan.get("changeIdea") + "\"");
            timeline.more("test window " + calendar.windowStart(cycle) + " to " + calendar.windowEnd(cycle) + ", baseline "
                    + calendar.baselineWeeks() + " weeks before it; predicted: seen within 4 hours improves");
        }
    }

    private void playWeek(int week) {
        boolean firstOfWindow = (week - 1) % calendar.windowWeeks() == 0;
        if (!firstOfWindow) {
            Instant monday = DemoCalendar.at(calendar.testWeekStart(week), DemoCalendar.WORK_STARTS);
            ledger.charge(Purpose.CYCLES, () -> advance(monday, "week " + week + " began"));
        }
        ledger.charge(Purpose.CYCLES, () -> advance(calendar.dataDue(week), "week " + week + " ended"));
        int cycle = calendar.cycleOfWeek(week);
        LocalDate period = calendar.testWeekStart(week);
        Map<String, List<BigDecimal>> sent = new LinkedHashMap<>();
        ledger.charge(Purpose.DATA, () -> {
            for (DemoProvider p : DemoProgramme.PROVIDERS) {
                if (Integer.valueOf(cycle).equals(running.get(p.id()))) {
                    List<BigDecimal> values = new ArrayList<>();
                    for (String measure : List.of(DemoProgramme.OUTCOME, DemoProgramme.BALANCING)) {
                        Map<String, Object> point = point(p, measure, calendar.indexOf(period));
                        submit(p, measure, List.of(point));
                        values.add((BigDecimal) point.get("value"));
                    }
                    sent.put(p.id(), values);
                }
            }
        });
        timeline.week(week, calendar.testWeeks(), calendar.dataDue(week), sent);
        showOutbox();
        if (week % calendar.windowWeeks() == 0) {
            study(cycle);
        }
    }

    private void study(int cycle) {
        Instant due = calendar.studyDue(cycle);
        ledger.charge(Purpose.CYCLES, () -> advance(due, "the test window of cycle " + cycle + " ended"));
        timeline.at(due, "■ test windows of cycle " + cycle + " over: metrics fetched, SPC analysed, leads told");
        showOutbox();
        List<DemoProvider> adapting = new ArrayList<>();
        for (DemoProvider p : DemoProgramme.PROVIDERS) {
            if (Integer.valueOf(cycle).equals(running.get(p.id()))) {
                ledger.charge(Purpose.CYCLES, () -> {
                    if (decide(p, cycle).equals("adapt")) {
                        adapting.add(p);
                    }
                });
            }
        }
        showOutbox();
        if (!adapting.isEmpty()) {
            ledger.charge(Purpose.CYCLES, () -> plan(cycle + 1, adapting));
            showOutbox();
        }
    }

    /** The lead reads the study form, decides on what it shows, and completes the task; returns the decision. */
    private String decide(DemoProvider p, int cycle) {
        String cycleId = cycleId(p, cycle);
        DemoTasks.Task task = tasks.await(p, "task_study_and_decide", cycleId, root);
        StudyVerdicts study = StudyVerdicts.fromForm(tasks.form(p, task));
        StaffJudgement.Judgement judgement = StaffJudgement.decide(study, p.adaptation());
        tasks.complete(p, task, judgement.formValues());
        engine.settle(root, p.id() + " deciding cycle " + cycle);
        running.remove(p.id());
        CycleOutcome outcome = new CycleOutcome(p.id(), cycle, cycleId,
                cycle == 1 ? p.changeIdea() : p.adaptation(), study, judgement, DemoStory.expected(p, cycle));
        outcomes.add(outcome);
        problems.addAll(outcome.differences());
        timeline.study(p.id(), study, judgement, outcome.differences());
        return judgement.decision();
    }

    private DemoResult finish() {
        running.forEach((provider, cycle) -> problems.add(provider + " cycle " + cycle
                + " was still running when the demo's calendar ended"));
        String state = engine.state(root);
        String learningSummary = null;
        if (!"COMPLETED".equals(state)) {
            problems.add("the programme run " + runId + " did not end (" + state + "; waiting at "
                    + engine.activeElements(root) + ")");
        } else {
            learningSummary = engine.variable(root, "learningSummary").map(DemoRun::text).orElse(null);
            timeline.at(calendar.studyDue(calendar.cycles()), "● learning compiled across providers and shared with"
                    + " every participant (run " + runId + ")");
            if (learningSummary != null) {
                learningSummary.lines().forEach(l -> timeline.line("    " + l));
            }
        }
        showOutbox();
        DemoReadBack readBack = new DemoReadBack(api, programmeId, outcomes);
        ledger.charge(Purpose.CHECKS, readBack::run);
        problems.addAll(readBack.problems());
        List<String> stories = DemoStory.cycleCount() == outcomes.size() ? List.of()
                : List.of("the story has " + DemoStory.cycleCount() + " cycles; " + outcomes.size() + " were decided");
        problems.addAll(stories);
        if (!engine.incidents(root).isEmpty()) {
            problems.add("incidents in the engine: " + EngineWatch.describe(engine.incidents(root)));
        }
        return new DemoResult(programmeId, runId, outcomes, learningSummary, readBack.learning(), readBack.charts(),
                context.outbox().all(), valuesSubmitted, problems);
    }

    private void advance(Instant to, String what) {
        engine.pin(to);
        engine.settle(root, what);
    }

    private void showOutbox() {
        timeline.notifications(context.outbox().fresh());
    }

    private void submit(DemoProvider p, String measure, List<Map<String, Object>> points) {
        api.as(p.system()).post("/providers/" + p.id() + "/measurements",
                Map.of("programme", programmeId, "measure", measure, "points", points));
        valuesSubmitted += points.size();
    }

    private Map<String, Object> point(DemoProvider p, String measure, int index) {
        return Map.of("period", calendar.period(index).toString(), "value", series.value(p.id(), measure, index));
    }

    private String cycleId(DemoProvider p, int cycle) {
        return runId + "-" + p.id() + "-" + cycle;
    }

    private static String text(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            return node.isTextual() ? node.textValue() : node.toString();
        } catch (java.io.IOException e) {
            return json;
        }
    }
}
