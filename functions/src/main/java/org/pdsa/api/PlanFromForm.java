package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.domain.CycleDefaults;
import org.pdsa.domain.DateRange;
import org.pdsa.spc.ExpectedChange;
import org.pdsa.domain.FieldError;
import org.pdsa.spc.Direction;
import org.pdsa.domain.Measure;
import org.pdsa.domain.Plan;
import org.pdsa.domain.PlanValidation;
import org.pdsa.domain.Prediction;
import org.pdsa.domain.Programme;

/**
 * The plan form ({@code pdsa-plan-cycle}, workflows/README.md) read into the domain's {@link Plan} and checked
 * by its rules against the programme. Each measure of the data plan gets a prediction: the measure's
 * direction of improvement when it is among {@code predictedImprovements}, "no change" (no special cause
 * concern) otherwise, with the form's prediction text. The baseline is the {@code baselinePeriods} periods
 * before the test window. Errors are named by form key.
 */
final class PlanFromForm {

    static final String FORM_ID = "pdsa-plan-cycle";

    private PlanFromForm() {
    }

    /** The plan, or 422 naming the form fields that break the plan's rules. */
    static Plan read(JsonNode values, Programme programme) {
        List<String> measureIds = texts(values.path("measureIds"));
        List<String> improving = texts(values.path("predictedImprovements"));
        List<FieldError> errors = new ArrayList<>();
        for (String m : improving) {
            if (!measureIds.contains(m)) {
                errors.add(new FieldError("predictedImprovements", "names measure '" + m
                        + "', which is not among the measures of the data plan"));
            }
        }
        String statement = text(values, "prediction");
        List<Prediction> predictions = new ArrayList<>();
        for (String id : measureIds) {
            Direction direction = programme.measure(id).map(Measure::direction).orElse(null);
            predictions.add(new Prediction(id, improving.contains(id) ? expected(direction) : ExpectedChange.NO_CHANGE,
                    null, statement));
        }
        DateRange window = new DateRange(date(values, "testWindowStart"), date(values, "testWindowEnd"));
        DateRange baseline = null;
        if (window.start() != null && values.path("baselinePeriods").canConvertToInt()) {
            CycleDefaults d = programme.defaults();
            baseline = new CycleDefaults(values.path("baselinePeriods").intValue(), d.testWindowWeeks(),
                    d.testWindowMonths()).baselineBefore(window, programme.cyclePeriod());
        }
        String method = text(values, "dataCollectionMethod");
        String dataPlan = text(values, "dataCollection");
        if (dataPlan != null && method != null) {
            dataPlan = dataPlan + " (values: " + method + ")";
        }
        Plan plan = new Plan(text(values, "changeIdea"), text(values, "question"), predictions, text(values, "testWho"),
                text(values, "testScale"), text(values, "testWhere"), text(values, "testWhen"), dataPlan, window, baseline);
        for (FieldError e : PlanValidation.validate(plan, programme)) {
            errors.add(new FieldError(formKey(e.field()), e.reason()));
        }
        ApiProblem.throwIfAny(errors.stream().distinct().toList());
        return plan;
    }

    private static ExpectedChange expected(Direction direction) {
        if (direction == Direction.INCREASE) {
            return ExpectedChange.INCREASE;
        }
        return direction == Direction.DECREASE ? ExpectedChange.DECREASE : ExpectedChange.NO_CHANGE;
    }

    /** Where a plan rule's field lives on the form. */
    static String formKey(String planField) {
        String f = planField.replaceFirst("^plan\\.", "");
        if (f.startsWith("predictions[")) {
            return f.endsWith(".statement") ? "prediction" : "measureIds";
        }
        if (f.startsWith("testWindow.end")) {
            return "testWindowEnd";
        }
        if (f.startsWith("testWindow")) {
            return "testWindowStart";
        }
        if (f.startsWith("baseline")) {
            return "baselinePeriods";
        }
        return switch (f) {
            case "who" -> "testWho";
            case "what" -> "testScale";
            case "where" -> "testWhere";
            case "when" -> "testWhen";
            case "dataPlan" -> "dataCollection";
            default -> f;
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String text(JsonNode values, String key) {
        JsonNode v = values.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static LocalDate date(JsonNode values, String key) {
        String raw = text(values, key);
        try {
            return raw == null ? null : LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
