package org.pdsa.workers.lambda;

import org.pdsa.workers.Handlers;

/** The Lambda of job type {@code pdsa.analyse-measures} (template.yaml: Handler org.pdsa.workers.lambda.AnalyseMeasuresFunction::handleRequest). */
public final class AnalyseMeasuresFunction extends PollingFunction {

    public AnalyseMeasuresFunction() {
        super(Handlers::analyseMeasures);
    }

    AnalyseMeasuresFunction(JobPoller poller) {
        super(poller);
    }
}
