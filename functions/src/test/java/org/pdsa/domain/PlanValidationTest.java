package org.pdsa.domain;

import org.pdsa.spc.ExpectedChange;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanValidationTest {

    private final Programme programme = SamplePrograms.programme();

    @Test
    void shouldAcceptAPlanWithAlignedWindows() {
        assertThat(PlanValidation.validate(SamplePrograms.plan(), programme)).isEmpty();
    }

    @Test
    void shouldRefuseMisalignedOrOverlappingWindows() {
        // given a test window starting on a Tuesday and a baseline that runs into it
        Plan base = SamplePrograms.plan();
        Plan plan = base.withWindows(
                new DateRange(LocalDate.parse("2024-03-12"), LocalDate.parse("2024-05-05")),
                new DateRange(LocalDate.parse("2023-12-18"), LocalDate.parse("2024-03-20")));
        // when
        List<FieldError> errors = PlanValidation.validate(plan, programme);
        // then
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("plan.testWindow.start", "plan.baseline.end");
        assertThat(errors.get(0).reason()).contains("a Monday").contains("2024-03-11");
    }

    @Test
    void shouldRefuseAWindowThatEndsBeforeItStarts() {
        Plan plan = SamplePrograms.plan().withWindows(
                new DateRange(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-01")), SamplePrograms.plan().baseline());
        assertThat(PlanValidation.validate(plan, programme)).extracting(FieldError::field)
                .containsExactly("plan.testWindow.end");
    }

    @Test
    void shouldRefusePredictionsForUnknownMeasuresAndADateOfBirthInFreeText() {
        // given
        Plan base = SamplePrograms.plan();
        Plan plan = new Plan(base.changeIdea(), base.question(),
                List.of(new Prediction("no-such", ExpectedChange.DECREASE, null, null)),
                "Mrs X, DOB 01/02/1950, as an example", base.what(), base.where(), base.when(), base.dataPlan(),
                base.testWindow(), base.baseline());
        // when
        List<FieldError> errors = PlanValidation.validate(plan, programme);
        // then
        assertThat(errors).extracting(FieldError::field)
                .containsExactlyInAnyOrder("plan.predictions[0].measureId", "plan.who");
    }

    @Test
    void shouldRequireTheChangeIdeaQuestionAndWindows() {
        Plan plan = new Plan(null, "", null, null, null, null, null, null, null, null);
        assertThat(PlanValidation.validate(plan, programme)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("plan.changeIdea", "plan.question", "plan.testWindow", "plan.baseline");
    }
}
