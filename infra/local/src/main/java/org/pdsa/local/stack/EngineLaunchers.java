package org.pdsa.local.stack;

import org.pdsa.local.engine.EngineConfig;
import org.pdsa.local.engine.LocalEngine;

/** The engines the local stack knows how to run. */
public final class EngineLaunchers {

    private EngineLaunchers() {
    }

    /** The embedded Camunda 8 REST engine (org.pdsa.local.engine) on the loopback interface. */
    public static EngineLauncher local() {
        return (port, dataDir) -> {
            LocalEngine engine = LocalEngine.start(EngineConfig.defaults().withPort(port).withDataDirectory(dataDir));
            return new EngineLauncher.RunningEngine(engine.restAddress(), engine::close);
        };
    }
}
