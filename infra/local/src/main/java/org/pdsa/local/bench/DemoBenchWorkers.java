package org.pdsa.local.bench;

import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.Service;
import org.pdsa.local.workers.LocalWorkers;
import org.pdsa.notify.Channels;
import org.pdsa.workers.Handlers;
import org.pdsa.workers.JobRunner;
import org.pdsa.workers.fetch.FhirMeasureValues;

/** The stack's job workers as {@code WorkerService} runs them, each handler timed into {@link DemoHandlerTimes}. */
final class DemoBenchWorkers implements Service {

    private final DemoHandlerTimes times;
    private LocalWorkers workers;

    DemoBenchWorkers(DemoHandlerTimes times) {
        this.times = times;
    }

    @Override
    public String name() {
        return "workers";
    }

    @Override
    public void start(LocalStack stack) {
        var handlers = new Handlers(stack.store()).all(Channels.fromEnvironment(), FhirMeasureValues.withDefaultClient())
                .stream().map(times::timed).toList();
        workers = LocalWorkers.start(stack.camundaClient(), handlers, new JobRunner());
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.close();
        }
    }
}
