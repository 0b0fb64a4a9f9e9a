package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JobVariablesTest {

    private static JobVariables vars(String json) {
        return new JobVariables(WorkerJson.variables(json));
    }

    @Test
    void shouldReadTheContractTypes() {
        // given
        JobVariables v = vars("{\"cycleId\":\"r-a-1\",\"baselinePeriods\":12,\"testWindowStart\":\"2024-03-11\","
                + "\"measureIds\":[\"a\",\"b\"],\"allowGaps\":true,\"plan\":{\"testWindowEnd\":\"2024-05-05T00:00:00Z\"}}");
        // when / then
        assertThat(v.string("cycleId")).isEqualTo("r-a-1");
        assertThat(v.integer("baselinePeriods")).isEqualTo(12);
        assertThat(v.date("testWindowStart")).isEqualTo(LocalDate.parse("2024-03-11"));
        assertThat(v.strings("measureIds")).containsExactly("a", "b");
        assertThat(v.bool("allowGaps", false)).isTrue();
        assertThat(v.object("plan").date("testWindowEnd")).isEqualTo(LocalDate.parse("2024-05-05"));
    }

    @Test
    void shouldTreatNullAndAbsentAlikeForOptionalValues() {
        // given
        JobVariables v = vars("{\"runId\":null,\"predictedImprovements\":null}");
        // when / then
        assertThat(v.optionalString("runId")).isEmpty();
        assertThat(v.optionalString("closeReason")).isEmpty();
        assertThat(v.optionalStrings("predictedImprovements")).isEmpty();
        assertThat(v.bool("closedEarly", false)).isFalse();
    }

    @Test
    void shouldNameTheVariableAndTypeWhenMissingOrWrong() {
        // given
        JobVariables v = vars("{\"baselinePeriods\":\"twelve\",\"measureIds\":[],\"plan\":{\"testWindowStart\":\"11/03/2024\"}}");
        // when / then
        assertThatThrownBy(() -> v.string("cycleId")).isInstanceOf(JobInputException.class)
                .hasMessage("variable 'cycleId' (string) is missing");
        assertThatThrownBy(() -> v.integer("baselinePeriods")).hasMessage("variable 'baselinePeriods' must be a number, got \"twelve\"");
        assertThatThrownBy(() -> v.strings("measureIds")).hasMessageContaining("'measureIds' (non-empty list<string>) is missing");
        assertThatThrownBy(() -> v.object("plan").date("testWindowStart"))
                .hasMessage("variable 'plan.testWindowStart' must be a date (YYYY-MM-DD), got '11/03/2024'");
    }

    @Test
    void shouldRefuseVariablesThatAreNotAnObject() {
        assertThatThrownBy(() -> WorkerJson.variables("[1,2]")).isInstanceOf(JobInputException.class);
    }
}
