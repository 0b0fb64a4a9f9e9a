package org.pdsa.local.lambda.testfunctions;

import java.util.Map;

/** A handler whose construction fails, as one with a missing setting or an unreachable secret would. */
public final class BrokenAtInit {

    public BrokenAtInit() {
        throw new IllegalStateException("CAMUNDA_REST_ADDRESS is not set");
    }

    public Map<String, Object> handleRequest(Map<String, Object> event) {
        return event;
    }
}
