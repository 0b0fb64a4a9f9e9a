package org.pdsa.local.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.pdsa.local.stack.DemoIdentities;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.StackConfig;
import org.pdsa.local.tryout.TryOut;
import org.pdsa.local.tryout.TryOutGuide;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./pdsa up}: the local stack on the contract's ports until Ctrl-C (DESIGN §3.1). */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Start the local stack: engine (8080), API gateway (3000), dynalite (8000), job workers; deploy workflows/.",
            "PDSA_ENGINE_PORT, PDSA_API_PORT and PDSA_DYNAMODB_PORT override the ports. Data is kept under .pdsa/.",
            "On first start it puts in a programme to try (ed-flow: data in, a cycle waiting to be planned at RF4)",
            "through the API, and prints what to do in the browser. Prints the addresses and a token for each demo role,",
            "then runs until Ctrl-C."
        })
public final class UpCommand implements Callable<Integer> {

    @Option(names = "--empty", description = "start without putting in the programme to try")
    boolean empty;

    static final Duration TOKEN_TTL = Duration.ofHours(12);

    private final PrintStream out;
    private final PrintStream err;

    public UpCommand() {
        this(System.out, System.err);
    }

    UpCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() throws InterruptedException {
        err.println("pdsa up: starting the local stack...");
        LocalStack stack;
        try {
            stack = LocalStack.start(StackConfig.contract(EngineLaunchers.local()), line -> err.println("  " + line));
        } catch (IllegalStateException e) {
            // the stack has stopped what it started; the message names the part and why
            err.println("pdsa up: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            err.println("pdsa up: stopping...");
            stack.close();
            stopped.countDown();
        }, "pdsa-up-stop"));
        TryOut.State tryOut = empty ? null : tryOut(stack);
        printWelcome(stack, out);
        if (tryOut != null) {
            TryOutGuide.print(tryOut, stack.apiAddress(), out);
        }
        stopped.await();
        return 0;
    }

    /** The programme to try, put in on first start; null (and why, on stderr) when it could not be. */
    private TryOut.State tryOut(LocalStack stack) throws InterruptedException {
        try {
            return new TryOut(stack).ensure(line -> err.println("  " + line));
        } catch (RuntimeException e) {
            // the stack itself is fine: say what went wrong and keep it running
            err.println("pdsa up: could not put in the programme to try: " + e.getMessage());
            return null;
        }
    }

    static void printWelcome(LocalStack stack, PrintStream out) {
        StackConfig config = stack.config();
        out.println();
        out.println("PDSA local stack is up (Ctrl-C stops it; data is kept under " + config.dataDir() + "/).");
        out.println();
        if (config.engineStandIn() == null) {
            out.println("  Engine (Camunda 8 REST)  " + stack.engineAddress() + "   camunda-client-java's default; it adds /v2");
        }
        out.println("  API gateway              " + stack.apiAddress());
        out.println("  DynamoDB (dynalite)      " + stack.dynamoEndpoint() + "   table " + config.tableName());
        if (config.webDir() != null && Files.isDirectory(config.webDir())) {
            out.println("  Web app                  " + stack.apiAddress() + "/");
        }
        out.println();
        out.println("Tokens for the demo roles (valid " + TOKEN_TTL.toHours() + " h; ./pdsa token mints others):");
        Instant now = Instant.now();
        for (DemoIdentities.Identity id : DemoIdentities.ALL) {
            String token = stack.tokens().mint(id.role(), id.subject(), id.provider(), id.groups(), TOKEN_TTL, now);
            out.println();
            out.println("  " + id.role().code() + " " + id.subject() + (id.provider() == null ? "" : ", provider "
                    + id.provider()) + (id.groups().isEmpty() ? "" : ", groups " + String.join(",", id.groups())) + ":");
            out.println("  " + token);
        }
        out.println();
        out.println("Try:  curl -H \"Authorization: Bearer <manager token>\" " + stack.apiAddress() + "/tasks");
    }
}
