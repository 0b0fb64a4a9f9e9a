package org.pdsa.lambda;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

/**
 * SnapStart priming (the org.crac hooks AWS documents): work registered here runs once before Lambda takes the
 * function's snapshot, so that the classes it loads, the clients it builds and the code it compiles are in
 * the snapshot instead of in every cold start. Best effort: a step that fails (a service not reachable while
 * the version is published) is reported on stderr and never fails the snapshot. Outside SnapStart nothing
 * calls the hooks and nothing runs.
 */
public final class SnapStartPriming implements Resource {

    /** org.crac keeps registered resources weakly: these keep them alive until the snapshot. */
    private static final List<SnapStartPriming> REGISTERED = new CopyOnWriteArrayList<>();

    private final String name;
    private final List<Runnable> steps;

    private SnapStartPriming(String name, List<Runnable> steps) {
        this.name = name;
        this.steps = List.copyOf(steps);
    }

    /** Runs {@code steps} before the snapshot of this execution environment. */
    public static void register(String name, Runnable... steps) {
        SnapStartPriming priming = new SnapStartPriming(name, List.of(steps));
        REGISTERED.add(priming);
        Core.getGlobalContext().register(priming);
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                // priming only saves time; the first real event does the same work if this could not
                System.err.println("SnapStart priming of " + name + ": a step failed, left to the first event: " + e);
            }
        }
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        // nothing to redo: the SDK's and the Camunda client's connections are opened per request or on demand
    }
}
