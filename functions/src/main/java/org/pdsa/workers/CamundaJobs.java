package org.pdsa.workers;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import java.time.Duration;

/**
 * Translates between camunda-client-java and the handlers: an activated job becomes a {@link Job} (its
 * "now" the engine's time at activation), and an outcome becomes the complete, throw-error or fail
 * command. Shared by the Lambda poller and the local job workers.
 */
public final class CamundaJobs {

    private CamundaJobs() {
    }

    /** {@code requestedTimeout} is the activation timeout the worker asked for (see {@link Job#engineTimeAtActivation}). */
    public static Job toJob(ActivatedJob job, Duration requestedTimeout) {
        return new Job(job.getKey(), job.getType(), job.getProcessInstanceKey(), job.getElementId(),
                WorkerJson.variables(job.getVariables()), job.getCustomHeaders(), job.getRetries(),
                Job.engineTimeAtActivation(job.getDeadline(), requestedTimeout));
    }

    /** Sends the command the outcome asks for and waits for the engine's answer (thrown if it refuses). */
    public static void send(JobClient client, long jobKey, JobOutcome outcome) {
        if (outcome instanceof JobOutcome.Complete c) {
            client.newCompleteCommand(jobKey).variables(c.variables()).send().join();
        } else if (outcome instanceof JobOutcome.BpmnError e) {
            client.newThrowErrorCommand(jobKey).errorCode(e.code()).errorMessage(e.message()).variables(e.variables())
                    .send().join();
        } else if (outcome instanceof JobOutcome.Fail f) {
            client.newFailCommand(jobKey).retries(f.retriesLeft()).retryBackoff(f.backoff()).errorMessage(f.message())
                    .send().join();
        }
    }

    /**
     * Hands an activated job back unhandled: a failure that keeps its retries and has no backoff, so
     * another worker (or the next invocation) takes it at once instead of waiting for its timeout.
     */
    public static void release(JobClient client, ActivatedJob job, String why) {
        client.newFailCommand(job.getKey()).retries(job.getRetries()).retryBackoff(Duration.ZERO)
                .errorMessage("released unhandled: " + why).send().join();
    }
}
