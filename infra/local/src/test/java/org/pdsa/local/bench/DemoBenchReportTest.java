package org.pdsa.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.demo.RequestLedger.Purpose;

class DemoBenchReportTest {

    @Test
    void shouldDivideTheJobsAndTheLeadsRequestsByTheCompletedCyclesAndJudgeEachAgainstTheTarget() {
        // given 4 cycles, 88 requests by the jobs, 52 by the leads' API calls
        Map<Purpose, Long> api = new EnumMap<>(Map.of(Purpose.SETUP, 7L, Purpose.DATA, 217L, Purpose.CYCLES, 52L,
                Purpose.CHECKS, 14L));
        DemoBenchReport report = new DemoBenchReport(Duration.ofMillis(13_900), Duration.ofSeconds(5), Duration.ofMillis(8_900),
                4, api, Map.of("PutItem", 52L), Map.of("pdsa.notify-participants", 42L, "pdsa.store-decision", 46L),
                Map.of(), Map.of("pdsa.notify-participants", new DemoHandlerTimes.Figures(41, 10, 53, 500)), 136, true);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then
        assertThat(report.jobsPerCycle()).isEqualTo(22.0);
        assertThat(report.perCycleTotal()).isEqualTo(35.0);
        assertThat(report.withSetupAndData()).isEqualTo((88 + 52 + 7 + 217) / 4.0);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .containsPattern("the engine's jobs +22\\.0 +<= 25 met")
                .containsPattern("completions +35\\.0 +<= 25 NOT MET")
                .containsPattern("13\\.9 s +<= 60 s met")
                .containsPattern("pdsa.notify-participants +41 +10\\.0 +53\\.0 +42 +1\\.0");
        assertThat(report.json().path("dynamoRequestsPerCycleJobs").asDouble()).isEqualTo(22.0);
    }
}
