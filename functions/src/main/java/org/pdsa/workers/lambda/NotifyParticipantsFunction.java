package org.pdsa.workers.lambda;

import org.pdsa.notify.Channels;
import org.pdsa.workers.Handlers;

/** The Lambda of job type {@code pdsa.notify-participants} (template.yaml: Handler org.pdsa.workers.lambda.NotifyParticipantsFunction::handleRequest). */
public final class NotifyParticipantsFunction extends PollingFunction {

    public NotifyParticipantsFunction() {
        super(handlers -> handlers.notifyParticipants(Channels.fromEnvironment()));
    }

    NotifyParticipantsFunction(JobPoller poller) {
        super(poller);
    }
}
