package org.pdsa.local.engine;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.javalin.Javalin;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the BPMN model library and the HTTP server's classes on a second thread while the start
 * builds the FEEL engine on the first. A fresh JVM spends most of its start loading and
 * initialising these three libraries one after the other (profiled: FEEL ~25%, BPMN model ~15%,
 * Javalin/Jetty ~20% of the start), and they do not depend on each other.
 */
final class StartupWarmup {
    private static final Logger LOG = LoggerFactory.getLogger(StartupWarmup.class);

    private StartupWarmup() {}

    /** Starts the warm-up; nothing waits for it (a class in use is initialised once, by whichever thread comes first). */
    static void begin() {
        Thread warmup = new Thread(StartupWarmup::load, "engine-warmup");
        warmup.setDaemon(true);
        warmup.start();
    }

    private static void load() {
        try {
            Bpmn.createEmptyModel();
            Class.forName(Javalin.class.getName(), true, StartupWarmup.class.getClassLoader());
            Class.forName(Server.class.getName(), true, StartupWarmup.class.getClassLoader());
        } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
            LOG.debug("start-up warm-up failed; the start loads these classes itself", e);
        }
    }
}
