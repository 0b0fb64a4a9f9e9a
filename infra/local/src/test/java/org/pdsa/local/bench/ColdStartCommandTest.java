package org.pdsa.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.local.lambda.DeploymentPackage;
import org.pdsa.local.cli.PdsaCommand;
import picocli.CommandLine;

class ColdStartCommandTest {

    @Test
    void shouldMeasureEachFunctionInAFreshJvmConfinedToOneCpuAndPrintItsMedians() {
        // when
        Run run = execute("bench", "coldstart", "--runs", "1", "--warmup", "0",
                "--cpus", "1", "--function", "HealthHandler", "--function", "AnalysesFunction");

        // then
        String output = run.output();
        assertThat(run.exitCode()).as(output).isZero();
        assertThat(output).contains("pdsa-functions-lambda.zip", "on-demand init", "1 CPU of ");
        for (String function : List.of("HealthFunction", "AnalysesFunction")) {
            assertThat(output.lines().filter(line -> line.startsWith(function))).as(output).hasSize(2)
                    .anyMatch(line -> line.contains(" median ") && line.contains("target init+1st <= 1000 ms"));
        }
    }

    @Test
    void shouldRunTwoPackagesInTurnAndPrintTheirPairedDifference(@TempDir Path folder) throws Exception {
        // given the same package under another name as B
        Path candidate = Files.copy(DeploymentPackage.locate(), folder.resolve("candidate.zip"));

        // when
        Run run = execute("bench", "coldstart", "--runs", "2", "--warmup", "0",
                "--function", "HealthFunction", "--compare", candidate.toString());

        // then A then B, B then A, each one's median, and the paired difference
        String output = run.output();
        assertThat(run.exitCode()).as(output).isZero();
        assertThat(output).contains("B = " + candidate);
        List<String> rows = output.lines().filter(line -> line.startsWith("HealthFunction ")).toList();
        assertThat(rows).as(output).hasSize(7);
        assertThat(rows.get(0)).matches("HealthFunction A +1 .*");
        assertThat(rows.get(1)).matches("HealthFunction B +1 .*");
        assertThat(rows.get(2)).matches("HealthFunction B +2 .*");
        assertThat(rows.get(3)).matches("HealthFunction A +2 .*");
        assertThat(rows.get(4)).matches("HealthFunction A +median .*");
        assertThat(rows.get(5)).matches("HealthFunction B +median .*");
        assertThat(rows.get(6)).contains("B - A init+1st: median ", " of 2 pairs; CPU median ");
    }

    @Test
    void shouldRefuseToCompareWithAPackageThatIsNotThere() {
        StringWriter errors = new StringWriter();
        CommandLine cli = new CommandLine(new PdsaCommand()).setErr(new PrintWriter(errors));

        int exitCode = cli.execute("bench", "coldstart", "--compare", "/no/such/package.zip", "--function", "HealthFunction");

        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString()).contains("--compare /no/such/package.zip: no such file");
    }

    @Test
    void shouldRefuseAnUnknownFunctionAndListTheKnownOnes() {
        // given
        StringWriter errors = new StringWriter();
        CommandLine cli = new CommandLine(new PdsaCommand()).setErr(new PrintWriter(errors));

        // when
        int exitCode = cli.execute("bench", "coldstart", "--function", "NoSuchHandler");

        // then
        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString()).contains("Unknown function in [NoSuchHandler]",
                "known: ProgrammesFunction, CyclesFunction", "HealthFunction", "FetchMetricsFunction");
    }

    @Test
    void shouldRefuseToConfineAFunctionToMoreCpusThanTheMachineHas() {
        // given
        StringWriter errors = new StringWriter();
        CommandLine cli = new CommandLine(new PdsaCommand()).setErr(new PrintWriter(errors));
        int tooMany = Runtime.getRuntime().availableProcessors() + 1;

        // when
        int exitCode = cli.execute("bench", "coldstart", "--cpus", Integer.toString(tooMany), "--function", "HealthFunction");

        // then
        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString()).contains("--cpus " + tooMany, "this machine offers");
    }

    /** The exit code and what the command printed on standard output. */
    private record Run(int exitCode, String output) {
    }

    private static Run execute(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            int exitCode = new CommandLine(new PdsaCommand()).execute(args);
            return new Run(exitCode, bytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }
}
