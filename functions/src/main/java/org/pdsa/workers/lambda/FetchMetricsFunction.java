package org.pdsa.workers.lambda;

import org.pdsa.workers.Handlers;
import org.pdsa.workers.fetch.FhirMeasureValues;

/** The Lambda of job type {@code pdsa.fetch-metrics} (template.yaml: Handler org.pdsa.workers.lambda.FetchMetricsFunction::handleRequest). */
public final class FetchMetricsFunction extends PollingFunction {

    public FetchMetricsFunction() {
        super(handlers -> handlers.fetchMetrics(FhirMeasureValues.withDefaultClient()));
    }

    FetchMetricsFunction(JobPoller poller) {
        super(poller);
    }
}
