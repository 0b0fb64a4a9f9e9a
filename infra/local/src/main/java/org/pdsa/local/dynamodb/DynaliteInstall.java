package org.pdsa.local.dynamodb;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Finds the pinned dynalite (infra/local/dynamodb: package.json + package-lock.json) and installs it with
 * {@code npm ci} when node_modules is missing. Node.js 20 or later is needed (dynalite 4's own requirement).
 */
final class DynaliteInstall {

    static final String DIR_PROPERTY = "pdsa.dynamodb.dir";
    private static final int MIN_NODE_MAJOR = 20;
    private static final long NPM_CI_MINUTES = 5;

    private final Path dir;
    private final String node;

    DynaliteInstall(Path dir, String node) {
        this.dir = dir;
        this.node = node;
    }

    /** Locates the package folder: the system property, PDSA_DYNAMODB_DIR, or upwards from the working dir. */
    static DynaliteInstall locate() {
        String configured = System.getProperty(DIR_PROPERTY, System.getenv("PDSA_DYNAMODB_DIR"));
        if (configured != null) {
            return new DynaliteInstall(Path.of(configured).toAbsolutePath(), "node");
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            for (Path candidate : List.of(d.resolve("infra/local/dynamodb"), d.resolve("dynamodb"))) {
                if (Files.isRegularFile(candidate.resolve("package.json")) && Files.isRegularFile(candidate.resolve("package-lock.json"))) {
                    return new DynaliteInstall(candidate, "node");
                }
            }
        }
        throw new IllegalStateException("cannot find infra/local/dynamodb (package.json with dynalite) from "
                + Path.of("").toAbsolutePath() + "; run from the repository root or set -D" + DIR_PROPERTY);
    }

    Path dir() {
        return dir;
    }

    /** The dynalite command-line entry, installing it first if needed. */
    Path cli(Consumer<String> progress) {
        checkNode();
        Path cli = dir.resolve("node_modules/dynalite/cli.js");
        if (Files.isRegularFile(cli)) {
            return cli;
        }
        // several JVMs (test forks, a running stack) may start at once: one installs, the others wait
        // (the lock file lives in the temp folder so the work tree stays clean)
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"),
                "pdsa-dynalite-npm-ci-" + Integer.toHexString(dir.hashCode()) + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (!Files.isRegularFile(cli)) {
                npmCi(progress);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock " + dir + " to install dynalite: " + e.getMessage(), e);
        }
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("npm ci finished but " + cli + " is missing");
        }
        return cli;
    }

    private void npmCi(Consumer<String> progress) {
        progress.accept("dynalite: installing the pinned dynalite with npm ci in " + dir + " (first use; a few seconds)...");
        // scripts stay off: the LevelDB binding ships prebuilt binaries, nothing needs compiling
        String output = run(List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts"), NPM_CI_MINUTES,
                "npm is needed to install dynalite: install Node.js " + MIN_NODE_MAJOR + "+ with npm (e.g. apt-get install nodejs npm)");
        progress.accept("dynalite: installed (" + lastLine(output) + ")");
    }

    private void checkNode() {
        String version = run(List.of(node, "--version"), 1,
                "Node.js " + MIN_NODE_MAJOR + "+ is needed to run dynalite (the local DynamoDB) but 'node' was not found on PATH;"
                        + " install it (e.g. apt-get install nodejs npm) and try again").trim();
        int major;
        try {
            major = Integer.parseInt(version.replaceFirst("^v", "").split("\\.")[0]);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("cannot read the Node.js version from 'node --version': " + version, e);
        }
        if (major < MIN_NODE_MAJOR) {
            throw new IllegalStateException("dynalite 4 needs Node.js " + MIN_NODE_MAJOR + " or later; found " + version);
        }
    }

    private String run(List<String> command, long timeoutMinutes, String whenMissing) {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(whenMissing, e);
        }
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeoutMinutes + " min");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n" + text);
            }
            return text;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the output of " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    private static String lastLine(String text) {
        String[] lines = text.strip().split("\\R");
        return lines.length == 0 ? "" : lines[lines.length - 1].strip();
    }
}
