package org.pdsa.local.engine.processing.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.bpmn.JobBehavior;
import org.pdsa.local.engine.state.Job;
import org.pdsa.local.engine.state.ProcessDefinition;

/**
 * Long polling for jobs: a poll is answered at once when jobs of its type are activatable,
 * otherwise parked until a job of that type appears (it goes to the longest-waiting poll) or the
 * request timeout passes. Handing out jobs is journaled as an {@link ActivateJobs} decision.
 */
public final class JobActivation {
    static final long DEFAULT_REQUEST_TIMEOUT_MILLIS = 10_000;
    static final long DEFAULT_JOB_TIMEOUT_MILLIS = 300_000;

    private JobActivation() {}

    /** POLL_JOBS: serve now or park. */
    public static final class PollProcessor implements CommandProcessor {
        @Override
        public void process(Command command, ProcessingContext context) {
            PollJobs request = (PollJobs) command.payload();
            if (request.type() == null || request.type().isBlank()) {
                context.reject(Rejection.invalidArgument("Expected a job 'type' to activate jobs of, but none given"));
                return;
            }
            if (request.maxJobsToActivate() == null || request.maxJobsToActivate() < 1) {
                context.reject(Rejection.invalidArgument("Expected 'maxJobsToActivate' to be at least 1, but was "
                        + request.maxJobsToActivate()));
                return;
            }
            if (context.state().jobs().hasActivatable(request.type())) {
                activate(request, command.response(), context);
                return;
            }
            long wait = request.requestTimeout() == null || request.requestTimeout() == 0
                    ? DEFAULT_REQUEST_TIMEOUT_MILLIS : request.requestTimeout();
            if (wait < 0) {
                context.respond(ActivatedJobs.NONE);
                return;
            }
            context.polls().park(new JobPolls.Poll(request, command.response(), System.nanoTime() + wait * 1_000_000));
        }
    }

    /** After a batch: hands newly activatable jobs to parked polls of their types. */
    public static void serveParked(Set<String> typesWithNewWork, ProcessingContext context) {
        for (String type : typesWithNewWork) {
            while (context.polls().hasWaiting(type) && context.state().jobs().hasActivatable(type)) {
                JobPolls.Poll poll = context.polls().takeLongestWaiting(type);
                if (poll.response().isDone()) continue; // the client gave up
                activate(poll.request(), poll.response(), context);
            }
        }
    }

    private static void activate(PollJobs request, CompletableFuture<Object> response, ProcessingContext context) {
        List<Job> jobs = context.state().jobs().peekActivatable(request.type(), request.maxJobsToActivate());
        long[] keys = new long[jobs.size()];
        for (int i = 0; i < keys.length; i++) keys[i] = jobs.get(i).key();
        long timeout = request.timeout() == null || request.timeout() <= 0 ? DEFAULT_JOB_TIMEOUT_MILLIS : request.timeout();
        ActivateJobs decision = new ActivateJobs(request.worker() == null ? "" : request.worker(), timeout, keys);
        context.runInternal(CommandType.ACTIVATE_JOBS, 0, decision.encode(), decision);
        List<ActivatedJob> activated = new ArrayList<>(jobs.size());
        for (Job job : jobs) activated.add(toActivated(job, request.fetchVariable(), context.state().rootOf(job.processInstance().key())));
        context.complete(response, new ActivatedJobs(activated));
    }

    /** ACTIVATE_JOBS (journaled): marks the jobs activated with their deadline. */
    public static final class ActivateProcessor implements CommandProcessor {
        @Override
        public void process(Command command, ProcessingContext context) {
            ActivateJobs decision = (ActivateJobs) command.payload();
            for (long key : decision.jobKeys()) {
                Job job = context.state().jobs().get(key);
                if (job != null && job.state() == Job.State.ACTIVATABLE) context.jobs().activate(job, decision.worker(), decision.timeout());
            }
        }
    }

    private static ActivatedJob toActivated(Job job, List<String> fetchVariables, long rootProcessInstanceKey) {
        ProcessDefinition definition = job.processInstance().definition();
        return new ActivatedJob(job.key(), job.type(), definition.bpmnProcessId(), definition.version(), definition.key(),
                job.elementInstance().element().id(), job.elementInstance().key(), job.processInstance().key(), rootProcessInstanceKey,
                job.customHeaders(), job.worker(), job.retries(), job.deadline(),
                JobBehavior.variablesFor(job, fetchVariables), definition.tenantId(), job.activatableSinceNanos());
    }
}
