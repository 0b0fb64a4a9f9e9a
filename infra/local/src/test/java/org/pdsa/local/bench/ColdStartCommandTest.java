package org.pdsa.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdsa.local.cli.PdsaCommand;
import picocli.CommandLine;

class ColdStartCommandTest {

    @Test
    void shouldMeasureEachFunctionInAFreshJvmConfinedToOneCpuAndPrintItsMedians() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;

        // when
        int exitCode;
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            exitCode = new CommandLine(new PdsaCommand()).execute("bench", "coldstart", "--runs", "1", "--warmup", "0",
                    "--cpus", "1", "--function", "HealthHandler", "--function", "AnalysesFunction");
        } finally {
            System.setOut(original);
        }

        // then
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("pdsa-functions-lambda.zip", "on-demand init", "1 CPU of ");
        for (String function : List.of("HealthFunction", "AnalysesFunction")) {
            assertThat(output.lines().filter(line -> line.startsWith(function))).as(output).hasSize(2)
                    .anyMatch(line -> line.contains(" median ") && line.contains("target init+1st <= 1000 ms"));
        }
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
}
