package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.DateRange;
import org.pdsa.spc.ExpectedChange;
import org.pdsa.domain.FieldError;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Programme;

class PlanFromFormTest {

    private final Programme programme = ProgrammeInput.read(ProgrammeInputTest.VALID);

    @Test
    void shouldBuildThePlanWithPredictionsAndBaseline() throws Exception {
        // when
        Plan plan = PlanFromForm.read(values(), programme);

        // then
        assertThat(plan.changeIdea()).isEqualTo("Senior review at triage");
        assertThat(plan.testWindow()).isEqualTo(new DateRange(LocalDate.parse("2024-01-08"), LocalDate.parse("2024-03-03")));
        assertThat(plan.baseline()).isEqualTo(new DateRange(LocalDate.parse("2023-10-16"), LocalDate.parse("2024-01-07")));
        assertThat(plan.predictions()).extracting(p -> p.measureId() + ":" + p.change())
                .containsExactly("breaches:" + ExpectedChange.DECREASE, "reattend:" + ExpectedChange.NO_CHANGE);
        assertThat(plan.predictions().get(0).statement()).isEqualTo("Breaches fall by a tenth");
        assertThat(plan.dataPlan()).isEqualTo("Weekly extract (values: existing-system)");
    }

    @Test
    void shouldNameTheFormFieldsThatBreakThePlanRules() throws Exception {
        // given: a Wednesday start, and an improvement predicted for a measure outside the data plan
        ObjectNode values = values();
        values.put("testWindowStart", "2024-01-10");
        values.putArray("predictedImprovements").add("beds");

        // when / then
        assertThatThrownBy(() -> PlanFromForm.read(values, programme)).isInstanceOfSatisfying(ApiProblem.class, p ->
                assertThat(p.errors()).extracting(FieldError::field)
                        .contains("predictedImprovements", "testWindowStart"));
    }

    private static ObjectNode values() throws Exception {
        return (ObjectNode) ApiJson.MAPPER.readTree("""
                {"changeIdea": "Senior review at triage", "question": "Does it cut breaches?",
                 "prediction": "Breaches fall by a tenth", "measureIds": ["breaches", "reattend"],
                 "predictedImprovements": ["breaches"], "dataCollection": "Weekly extract",
                 "dataCollectionMethod": "existing-system", "testWho": "ED consultants", "testWhere": "Majors",
                 "testWhen": "Weekday day shifts", "testScale": "one-team", "testWindowStart": "2024-01-08",
                 "testWindowEnd": "2024-03-03", "baselinePeriods": 12}""");
    }
}
