package org.pdsa.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColdStartReportTest {

    @Test
    void shouldSummariseEachFunctionByItsMediansAgainstTheTarget() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ColdStartReport report = new ColdStartReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        List<ColdStartResult> results = List.of(
                run("HealthHandler", 1, 700, 90), run("HealthHandler", 2, 900, 150), run("HealthHandler", 3, 650, 80),
                run("SlowHandler", 1, 1200, 300),
                ColdStartResult.failed("SlowHandler", 2, "did not initialise"));

        // when
        report.summary(results);

        // then
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("HealthHandler").contains(" median ", " 700.0 ", " 90.0 ", " 790.0 ", "met");
        assertThat(lines[1]).startsWith("SlowHandler").contains(" 1500.0 ", "MISSED");
    }

    @Test
    void shouldReportTheSnapshotPointInsteadOfTheTargetWithSnapStart() {
        // given a SnapStart run whose priming took the init to 2 s
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ColdStartReport report = new ColdStartReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        ColdStartResult primed = new ColdStartResult("HealthHandler", 1, Duration.ofMillis(2000), Duration.ofMillis(90),
                Duration.ofMillis(5), Optional.of(Duration.ofMillis(1990)), Optional.empty(), Optional.empty(),
                Optional.empty());

        // when
        report.summary(List.of(primed));

        // then the line names the snapshot point, and no verdict against the target for starts without SnapStart
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertThat(line).contains(" 2000.0 ", " 90.0 ", "snapshot at 1990.0 ms (paid at publish; restore not measured)")
                .doesNotContain("MISSED", "met");
    }

    @Test
    void shouldTakeTheMeanOfTheMiddleTwoForAnEvenNumberOfRuns() {
        List<ColdStartResult> runs = List.of(run("f", 1, 100, 0), run("f", 2, 400, 0), run("f", 3, 200, 0),
                run("f", 4, 300, 0));

        assertThat(ColdStartReport.median(runs, ColdStartResult::init)).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void shouldShowAFailedRunWithItsReason() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ColdStartReport report = new ColdStartReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        // when
        report.row(ColdStartResult.failed("HealthHandler", 2, "first event: Timeout[timeout=PT30S]"));

        // then
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("HealthHandler", "FAILED: first event: Timeout");
    }

    @Test
    void shouldCompareTwoPackagesByTheMedianOfTheirPairedDifferencesLeavingFailedPairsOut() {
        // given three pairs where B answered 100 ms sooner, 40 ms later and 300 ms sooner, and one where B failed
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ColdStartReport report = new ColdStartReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
        List<ColdStartPair> pairs = List.of(
                new ColdStartPair("CyclesFunction", 1, run("CyclesFunction A", 1, 1000, 500), run("CyclesFunction B", 1, 900, 500)),
                new ColdStartPair("CyclesFunction", 2, run("CyclesFunction A", 2, 1000, 500), run("CyclesFunction B", 2, 1040, 500)),
                new ColdStartPair("CyclesFunction", 3, run("CyclesFunction A", 3, 1300, 500), run("CyclesFunction B", 3, 1000, 500)),
                new ColdStartPair("CyclesFunction", 4, run("CyclesFunction A", 4, 1000, 500),
                        ColdStartResult.failed("CyclesFunction B", 4, "did not initialise")));

        // when
        report.comparison(pairs);

        // then the median of -100, +40 and -300 is -100, wall and CPU alike
        String line = bytes.toString(StandardCharsets.UTF_8);
        assertThat(line).startsWith("CyclesFunction").contains("B - A init+1st: median -100.0 ms",
                "B sooner in 2 of 3 pairs", "CPU median -100.0 ms", "(1 failed pair(s) left out)");
    }

    @Test
    void shouldSaySoWhenNoPairOfAFunctionAnsweredTwice() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ColdStartReport report = new ColdStartReport(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);

        report.comparison(List.of(new ColdStartPair("HealthFunction", 1, ColdStartResult.failed("HealthFunction A", 1, "x"),
                run("HealthFunction B", 1, 400, 80))));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("HealthFunction", "no pair where both runs answered");
    }

    private static ColdStartResult run(String function, int run, long initMs, long firstMs) {
        return new ColdStartResult(function, run, Duration.ofMillis(initMs), Duration.ofMillis(firstMs),
                Duration.ofMillis(5), Optional.empty(), Optional.of(Duration.ofMillis(initMs)),
                Optional.of(Duration.ofMillis(initMs + firstMs)), Optional.empty());
    }
}
