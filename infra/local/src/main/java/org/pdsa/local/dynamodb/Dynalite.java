package org.pdsa.local.dynamodb;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * dynalite (DynamoDB's API on LevelDB, from npm, pinned) as a child process for the local stack and tests.
 * {@link #start} returns once it answers; {@link #close} (or the JVM's exit) stops it and its children.
 * It listens on the loopback interface only; data is in memory unless a data folder is given.
 */
public final class Dynalite implements AutoCloseable {

    /** Where {@code ./pdsa up} keeps the table's data, relative to the repository root. */
    public static final Path DEFAULT_DATA_DIR = Path.of(".pdsa", "dynamodb");

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(30);
    private static final int FREE_PORT_ATTEMPTS = 3;

    private final Process process;
    private final int port;
    private final Path log;
    private final Thread shutdownHook;

    private Dynalite(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.shutdownHook = new Thread(this::stopProcessTree, "dynalite-stop-" + port);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts dynalite on {@code port} (0 picks a free one) with data in {@code dataDir}, or in memory when null. */
    public static Dynalite start(int port, Path dataDir) {
        return start(port, dataDir, System.err::println);
    }

    /** As {@link #start(int, Path)}, reporting progress (install, start) to {@code progress}. */
    public static Dynalite start(int port, Path dataDir, Consumer<String> progress) {
        Path cli = DynaliteInstall.locate().cli(progress);
        if (port != 0) {
            return launch(cli, port, dataDir);
        }
        IllegalStateException last = null;
        // dynalite cannot be told to pick a port itself (it treats 0 as "default"), so we pick one; another
        // process may take it between our look and dynalite's bind, hence a few attempts
        for (int attempt = 0; attempt < FREE_PORT_ATTEMPTS; attempt++) {
            try {
                return launch(cli, freePort(), dataDir);
            } catch (PortTakenException e) {
                last = e;
            }
        }
        throw last;
    }

    public URI endpoint() {
        return URI.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    @Override
    public void close() {
        stopProcessTree();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook is running or has run
        }
    }

    private static Dynalite launch(Path cli, int port, Path dataDir) {
        List<String> command = new ArrayList<>(List.of("node", cli.toString(), "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--createTableMs", "0", "--deleteTableMs", "0", "--updateTableMs", "0"));
        try {
            if (dataDir != null) {
                Files.createDirectories(dataDir);
                command.addAll(List.of("--path", dataDir.toAbsolutePath().toString()));
            }
            Path log = Files.createTempFile("dynalite-" + port + "-", ".log");
            log.toFile().deleteOnExit();
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Dynalite dynalite = new Dynalite(process, port, log);
            dynalite.awaitReady();
            return dynalite;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start dynalite (" + String.join(" ", command) + "): " + e.getMessage(), e);
        }
    }

    /** Waits for dynalite's "listening" line; fails with its output if it exits first. */
    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String output = output();
            if (output.contains("listening at")) {
                return;
            }
            if (!process.isAlive()) {
                close();
                if (output.contains("EADDRINUSE")) {
                    throw new PortTakenException(port, output);
                }
                throw new IllegalStateException("dynalite exited (code " + process.exitValue() + ") before it was ready:\n" + output);
            }
            sleep(20);
        }
        close();
        throw new IllegalStateException("dynalite did not answer within " + READY_TIMEOUT + ":\n" + output());
    }

    private String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private void stopProcessTree() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("cannot find a free port for dynalite: " + e.getMessage(), e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for dynalite", e);
        }
    }

    /** The chosen port was taken before dynalite could bind it. */
    private static final class PortTakenException extends IllegalStateException {
        PortTakenException(int port, String output) {
            super("port " + port + " was taken before dynalite could listen on it:\n" + output);
        }
    }
}
