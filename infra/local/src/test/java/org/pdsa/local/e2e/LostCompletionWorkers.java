package org.pdsa.local.e2e;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.Service;
import org.pdsa.local.workers.LocalWorkers;
import org.pdsa.notify.Channels;
import org.pdsa.workers.Handlers;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobRunner;
import org.pdsa.workers.fetch.FhirMeasureValues;

/**
 * The stack's real job workers, except that the first store-decision job of every cycle does its work and then
 * loses its completion (as a Lambda timing out after its write would), so the engine delivers the job again
 * after its backoff. Counts the calls per job type and cycle.
 */
final class LostCompletionWorkers implements Service {

    static final String STORE = "pdsa.store-decision";

    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();
    private LocalWorkers workers;

    @Override
    public String name() {
        return "workers";
    }

    @Override
    public void start(LocalStack stack) {
        List<JobHandler> handlers = new Handlers(stack.store()).all(Channels.fromEnvironment(),
                FhirMeasureValues.withDefaultClient()).stream().map(this::counted).toList();
        workers = LocalWorkers.start(stack.camundaClient(), handlers, new JobRunner());
    }

    /** How often the handler of {@code type} ran for cycle {@code cycleId}. */
    int calls(String type, String cycleId) {
        AtomicInteger n = calls.get(type + " " + cycleId);
        return n == null ? 0 : n.get();
    }

    private JobHandler counted(JobHandler handler) {
        return new JobHandler() {
            @Override
            public String type() {
                return handler.type();
            }

            @Override
            public JobOutcome handle(Job job) {
                String cycleId = job.variables().path("cycleId").asText();
                calls.computeIfAbsent(handler.type() + " " + cycleId, k -> new AtomicInteger()).incrementAndGet();
                JobOutcome outcome = handler.handle(job);
                if (STORE.equals(handler.type()) && lost.add(cycleId)) {
                    throw new IllegalStateException("the completion of " + cycleId + "'s decision was lost");
                }
                return outcome;
            }
        };
    }

    @Override
    public void stop() {
        if (workers != null) {
            workers.close();
        }
    }
}
