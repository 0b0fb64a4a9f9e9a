package org.pdsa.local.stack;

import java.util.List;
import org.pdsa.local.workers.WorkerService;

/**
 * The services every local stack starts after its core (dynalite, table, engine, workflows, gateway): the hook
 * where the job workers are registered, so {@code ./pdsa up}, the demo and the E2E tests all run them.
 */
public final class StackServices {

    private StackServices() {
    }

    /** Started in this order after the gateway, stopped in reverse. One line per service. */
    public static List<Service> extra() {
        return List.of(new WorkerService());
    }
}
