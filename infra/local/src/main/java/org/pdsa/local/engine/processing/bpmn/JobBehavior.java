package org.pdsa.local.engine.processing.bpmn;

import java.util.Map;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.model.JobDefinition;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.DueDates;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.Job;

/** Job lifecycle: create for an element, activate, complete, fail with retries and back-off, time out, cancel. */
public final class JobBehavior {
    private final ProcessingContext context;

    public JobBehavior(ProcessingContext context) {
        this.context = context;
    }

    /** Creates the element's job from its definition (type and retries may be expressions). */
    public EvalResult<Job> create(ElementInstance instance, JobDefinition definition) {
        EvalResult<String> type = context.expressions().evaluateString(definition.type(), instance);
        if (type.failed()) return type.cast();
        EvalResult<Long> retries = context.expressions().evaluateLong(definition.retries(), instance);
        if (retries.failed()) return retries.cast();
        Job job = new Job(context.nextKey(), type.get(), (int) (long) retries.get(), instance, definition.headers(), context.now());
        context.state().jobs().add(job);
        instance.setJobKey(job.key());
        return EvalResult.value(job);
    }

    public void activate(Job job, String worker, long timeoutMillis) {
        context.state().jobs().markActivated(job);
        job.setWorker(worker);
        job.setDeadline(context.now() + Math.max(0, timeoutMillis));
        context.state().dueDates().schedule(job.deadline(), DueDates.Kind.JOB_DEADLINE, job.key());
    }

    /** Removes the job (completed or its element ended). */
    public void remove(Job job) {
        cancelDueDates(job);
        context.state().jobs().remove(job);
        job.elementInstance().setJobKey(0);
    }

    /** Cancels the element's job, if it has one. */
    public void cancelFor(ElementInstance instance) {
        if (instance.jobKey() == 0) return;
        Job job = context.state().jobs().get(instance.jobKey());
        if (job != null) remove(job);
    }

    public void fail(Job job, int retries, String errorMessage, long backOffMillis) {
        cancelDueDates(job);
        job.setRetries(retries);
        job.setErrorMessage(errorMessage);
        if (retries > 0) {
            if (backOffMillis > 0) {
                job.setState(Job.State.FAILED_BACKOFF);
                job.setWorker("");
                job.setDeadline(-1);
                job.setRecurAt(context.now() + backOffMillis);
                context.state().dueDates().schedule(job.recurAt(), DueDates.Kind.JOB_BACKOFF, job.key());
            } else {
                context.state().jobs().makeActivatable(job);
            }
            return;
        }
        job.setState(Job.State.FAILED);
        job.setDeadline(-1);
        String message = errorMessage == null || errorMessage.isBlank() ? "No more retries left." : errorMessage;
        Incident incident = context.incidents().raise(job.elementInstance(), Incident.Type.JOB_NO_RETRIES, Incident.Retry.JOB,
                message, job.key());
        job.setIncidentKey(incident.key());
    }

    /** A BPMN error thrown by the worker that nothing catches: the job waits for incident resolution. */
    public void errorNotCaught(Job job, String errorCode, String errorMessage) {
        cancelDueDates(job);
        job.setState(Job.State.ERROR_THROWN);
        job.setErrorCode(errorCode);
        job.setErrorMessage(errorMessage);
        job.setDeadline(-1);
        String message = "Expected to throw an error event with the code '" + errorCode + "'"
                + (errorMessage == null || errorMessage.isBlank() ? "" : " with message '" + errorMessage + "'")
                + ", but it was not caught. No error events are available in the scope.";
        Incident incident = context.incidents().raise(job.elementInstance(), Incident.Type.UNHANDLED_ERROR_EVENT,
                Incident.Retry.JOB, message, job.key());
        job.setIncidentKey(incident.key());
    }

    /** Resolution of a job incident: the job becomes activatable again. */
    public void retryAfterIncident(Job job) {
        if (job == null) return;
        job.setIncidentKey(0);
        context.state().jobs().makeActivatable(job);
    }

    public void updateRetries(Job job, int retries) {
        job.setRetries(retries);
    }

    public void updateTimeout(Job job, long timeoutMillis) {
        if (job.state() != Job.State.ACTIVATED) return;
        context.state().dueDates().cancel(job.deadline(), DueDates.Kind.JOB_DEADLINE, job.key());
        job.setDeadline(context.now() + timeoutMillis);
        context.state().dueDates().schedule(job.deadline(), DueDates.Kind.JOB_DEADLINE, job.key());
    }

    /** Due-date handler: an activated job whose deadline passed becomes activatable again. */
    public void deadlinePassed(long jobKey, long dueTime) {
        Job job = context.state().jobs().get(jobKey);
        if (job != null && job.state() == Job.State.ACTIVATED && job.deadline() == dueTime) {
            context.state().jobs().makeActivatable(job);
        }
    }

    /** Due-date handler: a failed job's back-off is over. */
    public void backOffOver(long jobKey, long dueTime) {
        Job job = context.state().jobs().get(jobKey);
        if (job != null && job.state() == Job.State.FAILED_BACKOFF && job.recurAt() == dueTime) {
            context.state().jobs().makeActivatable(job);
        }
    }

    private void cancelDueDates(Job job) {
        if (job.state() == Job.State.ACTIVATED && job.deadline() >= 0) {
            context.state().dueDates().cancel(job.deadline(), DueDates.Kind.JOB_DEADLINE, job.key());
        }
        if (job.state() == Job.State.FAILED_BACKOFF && job.recurAt() >= 0) {
            context.state().dueDates().cancel(job.recurAt(), DueDates.Kind.JOB_BACKOFF, job.key());
        }
    }

    /** Variables a worker sees: everything visible from the job's element, optionally only the named ones. */
    public static Map<String, Object> variablesFor(Job job, java.util.Collection<String> fetchVariables) {
        ElementInstance scope = job.elementInstance();
        if (fetchVariables == null || fetchVariables.isEmpty()) return scope.visibleVariables();
        Map<String, Object> selected = new java.util.HashMap<>();
        for (String name : fetchVariables) {
            Object value = scope.lookup(name);
            if (value != org.pdsa.local.engine.feel.VariableLookup.MISSING) selected.put(name, value);
        }
        return selected;
    }
}
