package org.pdsa.local.lambda.testfunctions;

import java.util.Map;

/**
 * Handlers that fail on purpose, run under the runtime client by the tests: they are packed into a
 * layer jar, never into the deployment package.
 */
public final class FailingHandlers {

    /** Throws, so the runtime posts an invocation error. */
    public Map<String, Object> fail(Map<String, Object> event) {
        throw new IllegalStateException("refused on purpose: " + event.get("reason"));
    }

    /** Never answers in time. */
    public Map<String, Object> sleep(Map<String, Object> event) throws InterruptedException {
        Thread.sleep(60_000);
        return event;
    }
}
