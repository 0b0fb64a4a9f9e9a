package org.pdsa.local.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The web app package (web/: package.json + package-lock.json): its site files under {@code public/}, served at
 * {@code /}, and the pinned NHS.UK frontend from {@code node_modules}, served at {@code /nhsuk}. On first use the
 * packages are installed with {@code npm ci}, as infra/local/dynamodb installs dynalite.
 */
public record WebApp(Path dir) {

    /** The web app's OIDC client id on the local sign-in provider. */
    public static final String CLIENT_ID = "pdsa-web";
    /** Where the NHS.UK frontend's dist folder is served. */
    public static final String NHSUK_PATH = "/nhsuk";

    private static final long NPM_CI_MINUTES = 5;

    /** The package in {@code dir}, when it has a site folder. */
    public static Optional<WebApp> at(Path dir) {
        return dir != null && Files.isDirectory(dir.resolve("public")) ? Optional.of(new WebApp(dir)) : Optional.empty();
    }

    public Path site() {
        return dir.resolve("public");
    }

    public Path nhsuk() {
        return dir.resolve("node_modules/nhsuk-frontend/dist/nhsuk");
    }

    public boolean installed() {
        return Files.isDirectory(nhsuk());
    }

    /**
     * Installs the pinned packages with {@code npm ci} unless they are there. Several JVMs (a running stack, test
     * forks) may try at once: one installs while the others wait on a lock file in the temp folder.
     */
    public void install(Consumer<String> progress) {
        if (installed()) {
            return;
        }
        Path lockFile = Path.of(System.getProperty("java.io.tmpdir"),
                "pdsa-web-npm-ci-" + Integer.toHexString(dir.toAbsolutePath().normalize().hashCode()) + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            if (!installed()) {
                progress.accept("web app: installing the pinned NHS.UK frontend with npm ci in " + dir
                        + " (first use; a few seconds)...");
                npmCi();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot lock " + lockFile + " to install the web app: " + e.getMessage(), e);
        }
        if (!installed()) {
            throw new IllegalStateException("npm ci finished but " + nhsuk() + " is missing");
        }
    }

    /** The config.json a web app served by this gateway reads: the API on the same origin, the local issuer. */
    public static String localConfig(String issuer) {
        return "{\"apiBaseUrl\":\"\",\"oidc\":{\"issuer\":\"" + issuer + "\",\"clientId\":\"" + CLIENT_ID
                + "\",\"scope\":\"openid\"},\"local\":true}";
    }

    private void npmCi() {
        // no install scripts: every package used ships plain files, and a browser download would fail offline
        List<String> command = List.of("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts");
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("npm is needed to install the web app's NHS.UK frontend: install Node.js 20+"
                    + " with npm (e.g. apt-get install nodejs npm)", e);
        }
        try (InputStream out = process.getInputStream()) {
            String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(NPM_CI_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("npm ci in " + dir + " did not finish within " + NPM_CI_MINUTES + " min");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("npm ci in " + dir + " failed (exit " + process.exitValue() + "):\n" + text);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the output of npm ci in " + dir, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException("interrupted while installing the web app", e);
        }
    }
}
