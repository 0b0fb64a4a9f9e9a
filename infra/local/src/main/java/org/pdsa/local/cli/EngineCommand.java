package org.pdsa.local.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.pdsa.local.engine.EngineConfig;
import org.pdsa.local.engine.LocalEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./pdsa engine}: runs the local Camunda 8 engine alone until Ctrl-C. */
@Command(name = "engine", mixinStandardHelpOptions = true,
        description = "Run the local Camunda 8 REST API v2 engine alone (data kept under --data).")
public final class EngineCommand implements Runnable {

    @Option(names = "--port", description = "HTTP port (default: PDSA_ENGINE_PORT or 8080; 0 = any free port)")
    Integer port;

    @Option(names = "--data", description = "data directory (default: .pdsa/engine)")
    Path data;

    @Override
    public void run() {
        EngineConfig config = EngineConfig.defaults();
        if (port != null) config = config.withPort(port);
        if (data != null) config = config.withDataDirectory(data);
        LocalEngine engine = LocalEngine.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            engine.close();
            stopped.countDown();
        }));
        System.out.println("engine listening on " + engine.restAddress() + " (API under /v2), data in "
                + config.dataDirectory().toAbsolutePath());
        System.out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
