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
import picocli.CommandLine.Command;

/** {@code ./pdsa up}: the local stack on the contract's ports until Ctrl-C (DESIGN §3.1). */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = {
            "Start the local stack: engine (8080), API gateway (3000), dynalite (8000), job workers; deploy workflows/.",
            "PDSA_ENGINE_PORT, PDSA_API_PORT and PDSA_DYNAMODB_PORT override the ports. Data is kept under .pdsa/.",
            "Prints the addresses and a token for each demo role, then runs until Ctrl-C."
        })
public final class UpCommand implements Callable<Integer> {

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
        printWelcome(stack, out);
        stopped.await();
        return 0;
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
