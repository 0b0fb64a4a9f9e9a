package org.pdsa.local.stack;

import java.net.URI;
import java.nio.file.Path;

/** Starts a Camunda 8 REST engine for the stack on {@code port} (0: a free one) with data in {@code dataDir}. */
@FunctionalInterface
public interface EngineLauncher {

    RunningEngine launch(int port, Path dataDir) throws Exception;

    /** A started engine: its REST root (the client adds {@code /v2}) and how to stop it. */
    record RunningEngine(URI restAddress, AutoCloseable stop) {
    }

    /** An engine somebody else runs (Camunda 8, or a local engine started elsewhere): nothing to start. */
    static EngineLauncher external(URI restAddress) {
        return (port, dataDir) -> new RunningEngine(restAddress, () -> { });
    }
}
