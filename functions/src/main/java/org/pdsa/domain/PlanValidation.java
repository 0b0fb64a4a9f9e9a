package org.pdsa.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The rules a cycle's plan must meet, against its programme's measures and period. */
public final class PlanValidation {

    private PlanValidation() {
    }

    /** Errors are named under {@code plan.}; windows must already be filled in (see {@link CycleDefaults}). */
    public static List<FieldError> validate(Plan plan, Programme programme) {
        FieldErrors errors = new FieldErrors();
        if (!errors.require("plan", plan)) {
            return errors.list();
        }
        errors.requiredFreeText("plan.changeIdea", plan.changeIdea());
        errors.requiredFreeText("plan.question", plan.question());
        errors.freeText("plan.who", plan.who());
        errors.freeText("plan.what", plan.what());
        errors.freeText("plan.where", plan.where());
        errors.freeText("plan.when", plan.when());
        errors.freeText("plan.dataPlan", plan.dataPlan());
        predictions(plan.predictions(), programme, errors);
        windows(plan, programme.cyclePeriod(), errors);
        return errors.list();
    }

    private static void predictions(List<Prediction> predictions, Programme programme, FieldErrors errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < predictions.size(); i++) {
            Prediction p = predictions.get(i);
            String at = "plan.predictions[" + i + "]";
            if (p.measureId() == null) {
                errors.add(at + ".measureId", "is required");
            } else if (programme.measure(p.measureId()).isEmpty()) {
                errors.add(at + ".measureId", "names measure '" + p.measureId() + "', which is not in this programme");
            } else if (!seen.add(p.measureId())) {
                errors.add(at + ".measureId", "repeats a prediction for measure '" + p.measureId() + "'");
            }
            errors.require(at + ".change", p.change());
            errors.freeText(at + ".statement", p.statement());
        }
    }

    private static void windows(Plan plan, MeasurePeriod period, FieldErrors errors) {
        DateRange test = plan.testWindow();
        DateRange baseline = plan.baseline();
        if (errors.require("plan.testWindow", test) && checkRange("plan.testWindow", test, errors)) {
            errors.periodStart("plan.testWindow.start", test.start(), period);
        }
        if (errors.require("plan.baseline", baseline) && checkRange("plan.baseline", baseline, errors)) {
            errors.periodStart("plan.baseline.start", baseline.start(), period);
            if (test != null && test.start() != null && !baseline.end().isBefore(test.start())) {
                errors.add("plan.baseline.end", "must be before the test window starts (" + test.start() + ")");
            }
        }
    }

    private static boolean checkRange(String field, DateRange range, FieldErrors errors) {
        boolean present = errors.require(field + ".start", range.start()) & errors.require(field + ".end", range.end());
        if (present && !range.isOrdered()) {
            errors.add(field + ".end", "must not be before the start (" + range.start() + ")");
            return false;
        }
        return present;
    }
}
