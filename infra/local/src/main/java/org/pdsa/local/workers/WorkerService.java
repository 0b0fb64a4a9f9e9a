package org.pdsa.local.workers;

import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.Service;
import org.pdsa.notify.Channels;
import org.pdsa.workers.HandlerTimes;

/**
 * The job workers as a part of the local stack: started after the engine, the table and the gateway, on the
 * stack's Camunda client and store, with the channel {@code NOTIFY_CHANNEL} names (the outbox by default).
 * A stack whose engine is a test stand-in has no engine to poll, so no workers.
 */
public final class WorkerService implements Service {

    private LocalWorkers workers;
    private final HandlerTimes times = new HandlerTimes();

    @Override
    public String name() {
        return "workers";
    }

    @Override
    public void start(LocalStack stack) {
        if (stack.config().engineStandIn() != null) {
            stack.progress().accept("workers    not started: the engine is a stand-in");
            return;
        }
        workers = LocalWorkers.start(stack.camundaClient(), stack.store(), Channels.fromEnvironment(), times);
    }

    /** Handler time per job type since the stack started (the benchmark prints it). */
    public HandlerTimes handlerTimes() {
        return times;
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.close();
        }
    }
}
