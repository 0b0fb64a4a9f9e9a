package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Programme;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.store.Store;
import org.pdsa.workers.decision.StoreDecisionHandler;

/**
 * What completing a task means for the cycle in the table, before the engine moves on: the plan form stores
 * the plan on the cycle (creating the cycle's record when the cycle was started by a programme run or an
 * "adapt"), and every other completion adds a line to the cycle's timeline. The decision itself is stored by
 * the {@code pdsa.store-decision} worker, with its evidence and the person who decided.
 */
final class CompletionEffects {

    static final String STUDY_AND_DECIDE = "task_study_and_decide";

    private final Store store;

    CompletionEffects(Store store) {
        this.store = store;
    }

    /** Checks what the table needs from the values (422 otherwise): call before completing the task. */
    Plan prepare(String formId, TaskContext task, JsonNode values, Programme programme) {
        if (PlanFromForm.FORM_ID.equals(formId) && programme != null) {
            return PlanFromForm.read(values, programme);
        }
        return null;
    }

    /**
     * Records the completion on the cycle; {@code plan} is what {@link #prepare} returned. A plan puts the
     * cycle's record with its plan in one write (or adds the plan to a record that exists); the study-and-decide
     * task writes nothing here: the {@code pdsa.store-decision} worker records the decision and its timeline
     * entry by the person named in {@link #variables}.
     */
    void apply(TaskContext task, JsonNode values, Plan plan, String actor, Instant now) {
        if (task.cycleId() == null || task.programmeId() == null || task.providerId() == null
                || STUDY_AND_DECIDE.equals(task.info().elementId())) {
            return;
        }
        TimelineEntry entry = new TimelineEntry(now, event(task), detail(task, values), actor);
        if (plan != null && store.cycles().create(planned(task, entry, plan)).created()) {
            return;
        }
        try {
            store.cycles().modify(task.cycleId(), c -> {
                // a retried or doubled plan by the same person (the engine completes only one) is one entry
                boolean repeated = plan != null && c.timeline().stream()
                        .anyMatch(e -> e.event().equals(entry.event()) && e.actor().equals(actor));
                Cycle changed = repeated ? c : c.withEntry(entry);
                return plan == null ? changed : changed.withPlan(plan).withStatus(CycleStatus.DOING);
            });
        } catch (NoSuchElementException noRecord) {
            // a cycle whose record is not there yet (its plan is not done) has no timeline to add to
        }
    }

    /** Variables the engine gets beside the form's values: who decided, for the decision's record. */
    Map<String, Object> variables(TaskContext task, String actor) {
        return STUDY_AND_DECIDE.equals(task.info().elementId())
                ? Map.of(StoreDecisionHandler.DECIDED_BY, actor) : Map.of();
    }

    private static Cycle planned(TaskContext task, TimelineEntry entry, Plan plan) {
        int number = task.cycleNumber() == null ? 1 : task.cycleNumber();
        return Cycle.started(task.cycleId(), task.programmeId(), task.providerId(), number, entry)
                .withProcessInstanceKey(Long.toString(task.info().processInstanceKey()))
                .withPlan(plan)
                .withStatus(CycleStatus.DOING);
    }

    private static String event(TaskContext task) {
        String element = task.info().elementId() == null ? "" : task.info().elementId();
        return switch (element) {
            case "task_plan_cycle" -> "planned";
            case "task_provide_missing_data" -> "missing-data-answered";
            default -> "task-completed";
        };
    }

    private static String detail(TaskContext task, JsonNode values) {
        String name = task.info().name() == null ? task.info().elementId() : task.info().name();
        if (values.hasNonNull("decision")) {
            return name + ": " + values.get("decision").asText();
        }
        if (values.hasNonNull("missingDataAction")) {
            return name + ": " + values.get("missingDataAction").asText();
        }
        return name;
    }
}
