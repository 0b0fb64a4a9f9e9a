package org.pdsa.local.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.StackConfig;
import org.pdsa.store.RequestCounter;
import org.pdsa.store.Store;
import org.pdsa.store.StoreSettings;

/**
 * One demo from a cold start: checks the ports, starts the local stack, plays the programme ({@link DemoRun}),
 * writes the charts and the learning summary, gives the engine back its clock and stops the stack. Used by
 * {@code ./pdsa demo} and {@code ./pdsa bench demo}.
 */
public final class DemoSession {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault());

    /** How to run it: the stack, where the results go, the programme's id, how long a step may take. */
    public record Settings(StackConfig stack, Path outputDir, String programmeId, Duration patience,
                           DemoCalendar calendar) {

        /** Results under {@code .pdsa/demo/<timestamp>/}, a programme id of the same timestamp. */
        public static Settings standard(StackConfig stack, Instant now) {
            String stamp = STAMP.format(now);
            return new Settings(stack, StackConfig.DATA_DIR.resolve("demo").resolve(stamp), "ed-flow-" + stamp,
                    Duration.ofSeconds(30), DemoCalendar.STANDARD);
        }

        public Settings withOutputDir(Path value) {
            return new Settings(stack, value, programmeId, patience, calendar);
        }
    }

    /**
     * What a session gave: the result (null when the demo could not finish), why it stopped early (null when
     * it did not), the times, the DynamoDB requests by purpose.
     */
    public record Outcome(DemoResult result, String failure, Duration stackStart, Duration played, Duration total,
                          RequestLedger ledger, Path outputDir) {

        public boolean asExpected() {
            return failure == null && result != null && result.asExpected();
        }
    }

    private DemoSession() {
    }

    /**
     * Keeps the servers' start and stop lines off the timeline (slf4j-simple reads these properties once, at its
     * first logger), and the HTTP client's benign "selector closed" error at shutdown; a setting given with -D wins.
     */
    public static void quietLogs() {
        quiet("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        quiet("org.slf4j.simpleLogger.log.org.apache.hc.client5.http.impl.async", "off");
    }

    private static void quiet(String property, String level) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, level);
        }
    }

    public static Outcome run(Settings settings, PrintStream out) {
        long begun = System.nanoTime();
        List<String> taken = PortCheck.taken(settings.stack());
        if (!taken.isEmpty()) {
            return new Outcome(null, String.join("\n", taken), Duration.ZERO, Duration.ZERO, Duration.ZERO, null, null);
        }
        DemoTimeline timeline = new DemoTimeline(out);
        DemoIntro.print(timeline, settings);
        LocalStack stack;
        try {
            stack = LocalStack.start(settings.stack(), line -> timeline.line("  [stack] " + line));
        } catch (IllegalStateException e) {
            return new Outcome(null, e.getMessage(), since(begun), Duration.ZERO, since(begun), null, null);
        }
        Duration stackStart = since(begun);
        timeline.line("  [stack] engine " + stack.engineAddress() + "  API " + stack.apiAddress() + "  dynalite "
                + stack.dynamoEndpoint() + "  (ready in " + millis(stackStart) + ")");
        RequestLedger ledger = new RequestLedger(stack.store().requestCounter());
        EngineWatch engine = new EngineWatch(stack.camundaClient(), settings.patience());
        long playing = System.nanoTime();
        DemoResult result = null;
        String failure = null;
        try (Store observer = Store.connect(StoreSettings.local(stack.dynamoEndpoint(), settings.stack().tableName()),
                new RequestCounter())) {
            DemoContext context = new DemoContext(settings.programmeId(), new GatewayClient(stack.apiAddress(), stack.tokens()),
                    engine, new OutboxReader(observer, settings.programmeId()), settings.calendar(),
                    DemoSeries.generate(settings.calendar()), timeline, ledger);
            result = new DemoRun(context).play();
        } catch (DemoFailure e) {
            failure = e.getMessage();
        } finally {
            try {
                engine.reset();
            } catch (RuntimeException e) {
                timeline.line("  [stack] could not give the engine back its clock: " + e.getMessage());
            }
        }
        Duration played = since(playing);
        try {
            if (result != null) {
                DemoOutput.write(settings.outputDir(), result, timeline.lines());
            } else {
                DemoOutput.writeTimeline(settings.outputDir(), timeline.lines());
            }
        } catch (IOException | RuntimeException e) {
            failure = (failure == null ? "" : failure + "; ") + "writing the results failed: " + e.getMessage();
        }
        Duration total = since(begun);
        stack.close();
        return new Outcome(result, failure, stackStart, played, total, ledger, settings.outputDir());
    }

    static Duration since(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }

    static String millis(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }
}
