package org.pdsa.local.workers;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.notify.Channel;
import org.pdsa.notify.OutboxChannel;
import org.pdsa.store.Store;
import org.pdsa.workers.CamundaJobs;
import org.pdsa.workers.HandlerTimes;
import org.pdsa.workers.Handlers;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobRunner;
import org.pdsa.workers.fetch.FhirMeasureValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The job workers of the one-machine stack: a camunda-client-java {@link JobWorker} per job type (REST polling
 * with the client's defaults, no streaming) calling the same handlers the Lambdas run, in process. Start it
 * once the engine and the table are up; {@link #close()} stops polling.
 */
public final class LocalWorkers implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalWorkers.class);
    /** Set explicitly (it is the client's default too): "now" is the deadline minus this. */
    static final Duration JOB_TIMEOUT = Duration.ofMinutes(5);

    private final List<JobWorker> workers;
    private final JobRunner runner;

    private LocalWorkers(List<JobWorker> workers, JobRunner runner) {
        this.workers = workers;
        this.runner = runner;
    }

    /** The five handlers over {@code store}, notifications to the outbox, FHIR over the JDK HTTP client. */
    public static LocalWorkers start(CamundaClient client, Store store) {
        return start(client, store, new OutboxChannel());
    }

    public static LocalWorkers start(CamundaClient client, Store store, Channel channel) {
        return start(client, store, channel, new HandlerTimes());
    }

    /** As above, recording handler times into {@code times}. */
    public static LocalWorkers start(CamundaClient client, Store store, Channel channel, HandlerTimes times) {
        return start(client, new Handlers(store).all(channel, FhirMeasureValues.withDefaultClient()), new JobRunner(times));
    }

    /** One worker per handler; {@code runner} records the handler times. */
    public static LocalWorkers start(CamundaClient client, List<JobHandler> handlers, JobRunner runner) {
        List<JobWorker> workers = new ArrayList<>();
        for (JobHandler handler : handlers) {
            workers.add(client.newWorker()
                    .jobType(handler.type())
                    .handler((jobClient, job) -> {
                        JobOutcome outcome = runner.run(handler, CamundaJobs.toJob(job, JOB_TIMEOUT));
                        try {
                            CamundaJobs.send(jobClient, job.getKey(), outcome);
                        } catch (RuntimeException e) {
                            // e.g. the job timed out and went to another worker: the engine's state stands
                            LOG.warn("the engine refused the outcome of job {} ({}): {}", job.getKey(), job.getType(),
                                    e.getMessage());
                        }
                    })
                    .timeout(JOB_TIMEOUT)
                    .name("pdsa-local-" + handler.type())
                    .open());
        }
        LOG.info("job workers polling for {}", handlers.stream().map(JobHandler::type).toList());
        return new LocalWorkers(List.copyOf(workers), runner);
    }

    /** Handler time per job type so far (the benchmark prints it). */
    public HandlerTimes handlerTimes() {
        return runner.times();
    }

    @Override
    public void close() {
        workers.forEach(JobWorker::close);
    }
}
