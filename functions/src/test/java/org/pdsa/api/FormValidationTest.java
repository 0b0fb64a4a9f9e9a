package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.FieldError;

class FormValidationTest {

    private final FormSchema plan = Forms.schema("plan-cycle.form");
    private final FormSchema study = Forms.schema("study-and-decide.form");
    private final Map<String, JsonNode> variables = Map.of("measureOptions", json("""
            [{"label": "Four-hour waits", "value": "four-hour-waits"}, {"label": "Reattendances", "value": "reattend"}]"""));

    @Test
    void shouldReadTheInputsOfTheRealPlanForm() {
        assertThat(plan.id()).isEqualTo("pdsa-plan-cycle");
        assertThat(plan.fields()).extracting(FormField::key).containsExactly("changeIdea", "question", "prediction",
                "measureIds", "predictedImprovements", "dataCollection", "dataCollectionMethod", "testWho", "testWhere",
                "testWhen", "testScale", "testWindowStart", "testWindowEnd", "baselinePeriods");
        assertThat(plan.field("baselinePeriods")).hasValueSatisfying(f -> {
            assertThat(f.min()).isEqualByComparingTo("2");
            assertThat(f.max()).isEqualByComparingTo("104");
            assertThat(f.decimalDigits()).isZero();
        });
    }

    @Test
    void shouldAcceptACompletePlan() {
        assertThat(FormValidation.validate(plan, validPlan(), variables)).isEmpty();
    }

    @Test
    void shouldNameEveryMissingRequiredField() {
        // given
        ObjectNode values = validPlan();
        values.remove("question");
        values.put("testWho", " ");
        values.putArray("measureIds");

        // when
        List<FieldError> errors = FormValidation.validate(plan, values, variables);

        // then
        assertThat(errors).containsExactly(
                new FieldError("question", "is required (Question)"),
                new FieldError("measureIds", "is required (Measures in the data plan)"),
                new FieldError("testWho", "is required (Who will run the test)"));
    }

    @Test
    void shouldRefuseWrongTypesAndValuesOutsideTheForm() {
        // given
        ObjectNode values = validPlan();
        values.put("baselinePeriods", "12");
        values.put("testScale", "everywhere");
        values.putArray("measureIds").add("four-hour-waits").add("bed-days");
        values.put("testWindowStart", "08/01/2024");
        values.put("changeIdea", 42);
        values.put("sneaky", true);

        // when
        List<FieldError> errors = FormValidation.validate(plan, values, variables);

        // then
        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("sneaky", "is not a field of form pdsa-plan-cycle"),
                new FieldError("baselinePeriods", "must be a number, got a string"),
                new FieldError("testScale", "'everywhere' is not one of [small, one-team, several-teams]"),
                new FieldError("measureIds", "'bed-days' is not one of [four-hour-waits, reattend]"),
                new FieldError("testWindowStart", "must be an ISO date (YYYY-MM-DD), got '08/01/2024'"),
                new FieldError("changeIdea", "must be text, got a number"));
    }

    @Test
    void shouldCheckNumberRangesAndWholeNumbers() {
        ObjectNode values = validPlan();
        values.put("baselinePeriods", 1);
        assertThat(FormValidation.validate(plan, values, variables))
                .containsExactly(new FieldError("baselinePeriods", "must be at least 2"));
        values.put("baselinePeriods", 12.5);
        assertThat(FormValidation.validate(plan, values, variables))
                .containsExactly(new FieldError("baselinePeriods", "must be a whole number"));
        values.put("baselinePeriods", 105);
        assertThat(FormValidation.validate(plan, values, variables))
                .containsExactly(new FieldError("baselinePeriods", "must be at most 104"));
    }

    @Test
    void shouldCheckTextLengthAndPatientData() {
        // given
        ObjectNode values = validPlan();
        values.put("testWhere", "x".repeat(201));
        values.put("prediction", "Fewer breaches, as seen for 943 476 5919 last week");

        // when
        List<FieldError> errors = FormValidation.validate(plan, values, variables);

        // then
        assertThat(errors).extracting(FieldError::field).containsExactly("prediction", "testWhere");
        assertThat(errors.get(0).reason()).contains("NHS number");
        assertThat(errors.get(1).reason()).isEqualTo("must be at most 200 characters");
    }

    @Test
    void shouldCheckTheDecisionAgainstItsRadioOptions() {
        // given
        ObjectNode values = ApiJson.object().put("doObservations", "Ran on two shifts").put("learning", "It helps")
                .put("decision", "adopt-later").put("rationale", "Clear improvement");

        // when / then
        assertThat(FormValidation.validate(study, values, Map.of())).containsExactly(
                new FieldError("decision", "'adopt-later' is not one of [adopt, adapt, abandon]"));
    }

    @Test
    void shouldNotRequireAFieldTheFormMayHide() {
        // given: a required field with a conditional.hide expression, which only the engine can evaluate
        FormSchema form = FormSchema.parse("""
                {"id": "f", "components": [
                  {"type": "textfield", "key": "why", "validate": {"required": true}, "conditional": {"hide": "=ok"}},
                  {"type": "datetime", "key": "at", "subtype": "datetime"},
                  {"type": "group", "path": "contact", "components": [
                    {"type": "textfield", "key": "email", "validate": {"validationType": "email"}}]}]}""");

        // when
        List<FieldError> errors = FormValidation.validate(form, json("""
                {"at": "2024-01-08T09:30", "contact": {"email": "not-an-address"}}"""), Map.of());

        // then
        assertThat(form.fields()).extracting(FormField::key).containsExactly("why", "at", "contact.email");
        assertThat(errors).containsExactly(new FieldError("contact.email", "must be an email address"));
    }

    private static ObjectNode validPlan() {
        return (ObjectNode) json("""
                {"changeIdea": "Senior review at triage", "question": "Does it cut four-hour breaches?",
                 "prediction": "Breaches fall by a tenth", "measureIds": ["four-hour-waits", "reattend"],
                 "predictedImprovements": ["four-hour-waits"], "dataCollection": "Weekly extract",
                 "dataCollectionMethod": "existing-system", "testWho": "ED consultants", "testWhere": "Majors",
                 "testWhen": "Weekday day shifts", "testScale": "one-team", "testWindowStart": "2024-01-08",
                 "testWindowEnd": "2024-03-03", "baselinePeriods": 12}""");
    }

    private static JsonNode json(String text) {
        try {
            return ApiJson.MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
