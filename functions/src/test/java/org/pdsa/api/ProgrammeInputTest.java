package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pdsa.domain.FieldError;
import org.pdsa.spc.Direction;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Programme;

class ProgrammeInputTest {

    static final String VALID = """
            {"id": "ed-flow", "name": "ED flow", "aim": "Cut four-hour breaches by a fifth by March",
             "measures": [
               {"id": "breaches", "name": "Four-hour breaches", "unit": "count", "type": "outcome",
                "direction": "decrease", "target": 300, "period": "week"},
               {"id": "reattend", "name": "Reattendance in 7 days", "unit": "%", "type": "balancing",
                "direction": "decrease", "period": "week"}],
             "providers": [{"id": "rf4", "name": "Barking", "leadGroups": ["rf4-leads"]}],
             "participants": [{"name": "Pat", "email": "pat@example.nhs.uk", "provider": "rf4"}],
             "managers": ["mary"]}""";

    @Test
    void shouldReadAProgramme() {
        // when
        Programme p = ProgrammeInput.read(VALID);

        // then
        assertThat(p.id()).isEqualTo("ed-flow");
        assertThat(p.measures()).hasSize(2);
        assertThat(p.measures().get(0).type()).isEqualTo(MeasureType.OUTCOME);
        assertThat(p.measures().get(0).direction()).isEqualTo(Direction.DECREASE);
        assertThat(p.measures().get(0).period()).isEqualTo(MeasurePeriod.WEEK);
        assertThat(p.measures().get(0).target()).isEqualByComparingTo("300");
        assertThat(p.cycleProcessId()).isEqualTo("pdsa-cycle");
        assertThat(p.defaults().baselinePeriods()).isEqualTo(12);
    }

    @Test
    void shouldRefuseMalformedJsonAs400() {
        assertThatThrownBy(() -> ProgrammeInput.read("{\"id\": \"x\""))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(400);
                    assertThat(p.detail()).startsWith("the request body is not valid JSON");
                });
    }

    @Test
    void shouldNameEveryWrongTypeAndBrokenRuleAt422() {
        // given
        String body = VALID.replace("\"target\": 300", "\"target\": \"300\"")
                .replace("\"direction\": \"decrease\", \"period\"", "\"direction\": \"down\", \"period\"")
                .replace("\"name\": \"ED flow\"", "\"name\": 7")
                .replace("\"aim\": \"Cut", "\"aim\": \"For 943 476 5919: cut");

        // when / then
        assertThatThrownBy(() -> ProgrammeInput.read(body)).isInstanceOfSatisfying(ApiProblem.class, p -> {
            assertThat(p.status()).isEqualTo(422);
            assertThat(p.errors()).extracting(FieldError::field).containsExactly(
                    "measures[0].target", "measures[1].direction", "name", "aim");
            assertThat(p.errors().get(1).reason()).isEqualTo("must be one of increase|decrease|neutral, got 'down'");
            assertThat(p.errors().get(2).reason()).isEqualTo("must be a string, got a number");
            assertThat(p.errors().get(3).reason()).contains("NHS number");
        });
    }

    @Test
    void shouldRefuseUnknownFields() {
        assertThatThrownBy(() -> ProgrammeInput.read(VALID.replace("\"managers\"", "\"manager\"")))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).extracting(FieldError::field)
                        .contains("manager", "managers"));
    }
}
