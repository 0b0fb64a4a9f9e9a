package org.pdsa.local.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.pdsa.local.demo.DemoSession;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.StackConfig;
import picocli.CommandLine.Command;

/**
 * {@code ./pdsa bench demo}: runs the demo as {@code ./pdsa demo} does (cold start, contract ports, data under
 * .pdsa/) and reports its wall time, the DynamoDB requests per completed cycle and the handler time per job type.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Benchmark ./pdsa demo: wall time from a cold start, DynamoDB requests per completed cycle, handler"
                + " time per job type (p50/max). Writes bench-demo.json beside the demo's results.")
public final class DemoBenchCommand implements Callable<Integer> {

    private final PrintStream out;

    public DemoBenchCommand() {
        this(System.out);
    }

    DemoBenchCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        DemoSession.quietLogs();
        DemoHandlerTimes times = new DemoHandlerTimes();
        StackConfig stack = StackConfig.contract(EngineLaunchers.local()).withExtraServices(List.of(new DemoBenchWorkers(times)));
        DemoSession.Settings settings = DemoSession.Settings.standard(stack, Instant.now());
        DemoSession.Outcome outcome = DemoSession.run(settings, out);
        if (outcome.failure() != null && outcome.ledger() == null) {
            out.println("pdsa bench demo: " + outcome.failure());
            return 1;
        }
        DemoBenchReport report = DemoBenchReport.of(outcome, times, outcome.result() == null ? 0 : outcome.result().valuesSubmitted());
        report.print(out);
        if (outcome.outputDir() != null) {
            Files.createDirectories(outcome.outputDir());
            Files.writeString(outcome.outputDir().resolve("bench-demo.json"),
                    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(report.json()));
            out.println("  written: " + outcome.outputDir().resolve("bench-demo.json").toAbsolutePath());
        }
        if (!outcome.asExpected()) {
            out.println("  why: " + (outcome.failure() != null ? outcome.failure() : String.join("; ", outcome.result().problems())));
        }
        return outcome.asExpected() ? 0 : 1;
    }
}
