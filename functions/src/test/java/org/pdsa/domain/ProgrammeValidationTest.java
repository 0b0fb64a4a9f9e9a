package org.pdsa.domain;

import org.pdsa.spc.Direction;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgrammeValidationTest {

    @Test
    void shouldAcceptAWellFormedProgrammeAndFillItsDefaults() {
        // given
        Programme programme = SamplePrograms.programme();
        // when
        List<FieldError> errors = ProgrammeValidation.validate(programme);
        // then
        assertThat(errors).isEmpty();
        assertThat(programme.cycleProcessId()).isEqualTo("pdsa-cycle");
        assertThat(programme.defaults()).isEqualTo(CycleDefaults.STANDARD);
    }

    @Test
    void shouldNameEveryMissingOrInvalidField() {
        // given a programme missing its name, with a bad id, a measure without type and a provider without leads
        Programme base = SamplePrograms.programme();
        Measure untyped = new Measure("m 1", "Name", "count", null, Direction.DECREASE, null, null);
        Programme programme = new Programme("bad id!", " ", base.aim(), List.of(untyped),
                List.of(new Provider("p1", "P1", List.of(), null)), List.of(), List.of(), "pdsa-cycle",
                new CycleDefaults(0, 8, 6));
        // when
        List<FieldError> errors = ProgrammeValidation.validate(programme);
        // then
        assertThat(errors).extracting(FieldError::field).containsExactlyInAnyOrder(
                "id", "name", "measures[0].id", "measures[0].type", "measures[0].period", "providers[0].leadGroups",
                "managers", "defaults.baselinePeriods");
    }

    @Test
    void shouldRefuseRepeatedIdsAndParticipantsOfUnknownProviders() {
        // given
        Programme base = SamplePrograms.programme();
        Programme programme = new Programme(base.id(), base.name(), base.aim(),
                List.of(base.measures().get(0), base.measures().get(0)), base.providers(),
                List.of(new Participant("Zed", "not-an-email", "trust-z")), base.managers(), null, null);
        // when
        List<FieldError> errors = ProgrammeValidation.validate(programme);
        // then
        assertThat(errors).containsExactlyInAnyOrder(
                new FieldError("measures[1].id", "repeats measure id 'four-hour'"),
                new FieldError("participants[0].email", "must be an email address"),
                new FieldError("participants[0].provider", "names provider 'trust-z', which is not in this programme"));
    }

    @Test
    void shouldRefuseAnAimHoldingAnNhsNumber() {
        // given
        Programme base = SamplePrograms.programme();
        Programme programme = new Programme(base.id(), base.name(), "Start with patient 943 476 5919", base.measures(),
                base.providers(), base.participants(), base.managers(), null, null);
        // when
        List<FieldError> errors = ProgrammeValidation.validate(programme);
        // then
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("aim");
            assertThat(e.reason()).contains("NHS number");
        });
    }

    @Test
    void shouldCountCyclesInMonthsWhenAnyMeasureIsMonthly() {
        // given
        Programme base = SamplePrograms.programme();
        Measure monthly = new Measure("beds", "Beds", "count", MeasureType.PROCESS, Direction.NEUTRAL, null,
                MeasurePeriod.MONTH);
        Programme mixed = new Programme(base.id(), base.name(), base.aim(), List.of(base.measures().get(0), monthly),
                base.providers(), base.participants(), base.managers(), null, null);
        // when / then
        assertThat(base.cyclePeriod()).isEqualTo(MeasurePeriod.WEEK);
        assertThat(mixed.cyclePeriod()).isEqualTo(MeasurePeriod.MONTH);
    }
}
