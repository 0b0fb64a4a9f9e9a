package org.pdsa.workers;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler decided about a job: complete it with output variables, throw a BPMN error the process
 * catches (an expected business outcome, e.g. {@code no-data}), or fail it (a technical problem) with the
 * retries left and a backoff; a failure with no retries left becomes an incident.
 */
public sealed interface JobOutcome {

    /** Complete with exactly these variables (the contract's "completes with"; null values are kept). */
    record Complete(Map<String, Object> variables) implements JobOutcome {
        public Complete {
            variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        }
    }

    /** Throw the BPMN error {@code code}, documented in workflows/README.md, with variables for the catcher. */
    record BpmnError(String code, String message, Map<String, Object> variables) implements JobOutcome {
        public BpmnError {
            variables = Collections.unmodifiableMap(new LinkedHashMap<>(variables));
        }
    }

    /** Fail: the engine retries after {@code backoff} while {@code retriesLeft} > 0, else raises an incident. */
    record Fail(String message, int retriesLeft, Duration backoff) implements JobOutcome {
    }

    static JobOutcome complete(Map<String, Object> variables) {
        return new Complete(variables);
    }

    static JobOutcome error(String code, String message, Map<String, Object> variables) {
        return new BpmnError(code, message, variables);
    }

    /** A failure retrying cannot cure: an incident at once, naming the problem. */
    static JobOutcome incident(String message) {
        return new Fail(message, 0, Duration.ZERO);
    }

    /** A transient failure: one retry fewer, after a backoff that grows as the retries run out. */
    static JobOutcome retry(Job job, String message) {
        int left = Math.max(0, job.retries() - 1);
        return new Fail(message, left, Backoff.after(job.retries()));
    }
}
