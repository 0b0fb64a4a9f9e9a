package org.pdsa.local.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.StackConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./pdsa demo}: the whole product on one machine, played through in accelerated time (DESIGN §3.1). */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start the local stack from cold (engine 8080, API 3000, dynalite 8000; PDSA_*_PORT override them), register",
            "a demo programme (3 providers, 2 measures) through the API and play it in accelerated time on the engine's",
            "clock: weekly data, plans, SPC studies, decisions. Prints the timeline, writes SPC charts (SVG) and the",
            "learning summary to .pdsa/demo/<timestamp>/, and exits 0 only if every cycle ended as the story expects.",
            "Data stays under .pdsa/, so ./pdsa up (and its tokens) show the demo programme afterwards."
        })
public final class DemoCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the charts and the learning summary"
            + " (default .pdsa/demo/<timestamp>)")
    Path out;

    private final PrintStream stdout;

    public DemoCommand() {
        this(System.out);
    }

    DemoCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        DemoSession.quietLogs();
        DemoSession.Settings settings = DemoSession.Settings.standard(StackConfig.contract(EngineLaunchers.local()),
                Instant.now());
        if (out != null) {
            settings = settings.withOutputDir(out);
        }
        DemoSession.Outcome outcome = DemoSession.run(settings, stdout);
        DemoSummary.print(stdout, outcome);
        return outcome.asExpected() ? 0 : 1;
    }
}
