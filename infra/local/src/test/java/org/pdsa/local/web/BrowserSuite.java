package org.pdsa.local.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pdsa.local.gateway.WebApp;

/**
 * Runs the web app's Node test suites (web/test: unit tests, and the Playwright browser tests driving Debian's
 * Chromium headless) against a running local stack, as a child process: finds or installs Chromium with
 * web/scripts/ensure-chromium.sh, installs the pinned npm packages when missing, and hands the suite the stack's
 * address and the scenario's facts through the environment.
 */
final class BrowserSuite {

    /** What the run printed and how it ended. */
    record Result(int exitCode, String output) {
    }

    static final Path WEB = Path.of("..", "..", "web").toAbsolutePath().normalize();
    private static final long MINUTES = 6;

    private BrowserSuite() {
    }

    /** The Chromium binary, installed first where possible; a clear message when it cannot be had. */
    static String chromium() throws IOException, InterruptedException {
        Result found = run(List.of("bash", WEB.resolve("scripts/ensure-chromium.sh").toString()), Map.of(), 5);
        if (found.exitCode() != 0) {
            throw new IllegalStateException("the browser tests need Chromium: " + found.output().strip());
        }
        String[] lines = found.output().strip().split("\\R");
        return lines[lines.length - 1].strip();
    }

    /** Makes sure the web app's packages (nhsuk-frontend, playwright-core, axe-core) are installed. */
    static void install() {
        new WebApp(WEB).install(line -> System.out.println("[web] " + line));
        if (!Files.isDirectory(WEB.resolve("node_modules/playwright-core"))) {
            throw new IllegalStateException("web/node_modules has no playwright-core: run npm ci in web/ (not --omit=dev)");
        }
    }

    /** Runs {@code node --test} on {@code suites} (folders under web/test) with {@code env}; output also goes to stdout. */
    static Result run(List<String> suites, Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", "--test", "--test-reporter=spec", "--test-concurrency=1"));
        suites.forEach(s -> command.add("test/" + s + "/"));
        return run(command, env, MINUTES);
    }

    private static Result run(List<String> command, Map<String, String> env, long minutes)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(WEB.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    System.out.println(line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                synchronized (output) {
                    output.append("(output lost: ").append(e.getMessage()).append(")\n");
                }
            }
        }, "browser-suite-output");
        reader.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(5_000);
            return new Result(-1, output + "\n(stopped: still running after " + minutes + " min)");
        }
        reader.join(5_000);
        synchronized (output) {
            return new Result(process.exitValue(), output.toString());
        }
    }
}
