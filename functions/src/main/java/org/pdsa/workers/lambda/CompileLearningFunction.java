package org.pdsa.workers.lambda;

import org.pdsa.workers.Handlers;

/** The Lambda of job type {@code pdsa.compile-learning} (template.yaml: Handler org.pdsa.workers.lambda.CompileLearningFunction::handleRequest). */
public final class CompileLearningFunction extends PollingFunction {

    public CompileLearningFunction() {
        super(Handlers::compileLearning);
    }

    CompileLearningFunction(JobPoller poller) {
        super(poller);
    }
}
