package org.pdsa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionValidationTest {

    @Test
    void shouldAcceptACompleteDecision() {
        Decision decision = new Decision("c-1", "flow-2024", "trust-a", 1, Act.ADOPT, "Clear improvement", List.of(),
                "lead-1", Instant.parse("2024-05-06T10:00:00Z"));
        assertThat(DecisionValidation.validate(decision)).isEmpty();
    }

    @Test
    void shouldRequireTheActAndARationaleFreeOfPatientData() {
        // given
        Decision decision = new Decision("c-1", "flow-2024", "trust-a", 1, null, "As patient 9434765919 showed",
                List.of(), "lead-1", Instant.parse("2024-05-06T10:00:00Z"));
        // when / then
        assertThat(DecisionValidation.validate(decision)).extracting(FieldError::field).containsExactly("act", "rationale");
    }

    @Test
    void shouldRefusePatientDataInTheStudyNotes() {
        // given a decision of a run whose learning names a date of birth
        Decision decision = new Decision("c-1", "flow-2024", "trust-a", 1, Act.ADAPT, "Mixed results", List.of(),
                "lead-1", Instant.parse("2024-05-06T10:00:00Z"), "run-1", "Senior review", false,
                new StudyNotes("Busy weeks", "Patient born 12/03/1961 waited", null, "Start earlier", null));
        // when / then
        assertThat(DecisionValidation.validate(decision)).extracting(FieldError::field).containsExactly("notes.learning");
    }
}
