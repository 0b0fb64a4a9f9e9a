package org.pdsa.workers.lambda;

import org.pdsa.workers.Handlers;

/** The Lambda of job type {@code pdsa.store-decision} (template.yaml: Handler org.pdsa.workers.lambda.StoreDecisionFunction::handleRequest). */
public final class StoreDecisionFunction extends PollingFunction {

    public StoreDecisionFunction() {
        super(Handlers::storeDecision);
    }

    StoreDecisionFunction(JobPoller poller) {
        super(poller);
    }
}
