package org.pdsa.workers.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pdsa.codes.Coded;
import org.pdsa.domain.Notification;
import org.pdsa.domain.Programme;
import org.pdsa.notify.Channel;
import org.pdsa.notify.Delivery;
import org.pdsa.store.NotificationRepository;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobInputException;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobTypes;
import org.pdsa.workers.JobVariables;
import org.pdsa.workers.ProgrammeLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code pdsa.notify-participants}: tells the task's {@code audience} about its {@code event}, one message per
 * person, each recorded in the outbox (who, what, when, channel, delivered or not). Notification ids are the
 * job key plus the recipient, and the outbox is asked first, so a redelivered job sends only what was not
 * delivered yet (the local outbox channel, whose record is the delivery, is not asked: a redelivery rewrites the same ids). A refused message is recorded and the job completes; when the channel was unavailable the
 * job fails with a backoff so a retry sends the rest, until its last retry, which completes with the failure
 * recorded rather than stop the cycle for a message.
 */
public final class NotifyParticipantsHandler implements JobHandler {

    private static final Logger LOG = LoggerFactory.getLogger(NotifyParticipantsHandler.class);

    private final ProgrammeLookup programmes;
    private final NotificationRepository outbox;
    private final Channel channel;

    public NotifyParticipantsHandler(ProgrammeLookup programmes, NotificationRepository outbox, Channel channel) {
        this.programmes = programmes;
        this.outbox = outbox;
        this.channel = channel;
    }

    @Override
    public String type() {
        return JobTypes.NOTIFY_PARTICIPANTS;
    }

    @Override
    public JobOutcome handle(Job job) {
        NotifyEvent event = header(job, "event", NotifyEvent.class);
        Audience audience = header(job, "audience", Audience.class);
        JobVariables v = job.vars();
        String providerId = v.optionalString("providerId").orElse(null);
        String cycleId = v.optionalString("cycleId").orElse(null);
        Programme programme = programmes.get(v.string("programmeId"));
        Messages.Message message = Messages.compose(event, programme, providerId, cycleId, v.raw("details"));
        List<Notification> candidates = Recipients.of(programme, providerId, audience).stream()
                .map(r -> new Notification(job.key() + "/" + r.key(), programme.id(), cycleId, r.name(), r.email(),
                        event.code(), message.subject(), message.body(), channel.kind(), job.now(), false, null))
                .toList();
        if (candidates.isEmpty()) {
            LOG.info("job {}: nobody to tell about {} (audience {}) in programme {}", job.key(), event.code(),
                    audience.code(), programme.id());
            return JobOutcome.complete(Map.of());
        }
        List<Notification> sent = new ArrayList<>();
        List<String> unavailable = new ArrayList<>();
        // one batch read saves sending an email twice on a redelivered job; where the record is the delivery, a
        // redelivery only rewrites the same ids, so the read is skipped (one request per job instead of two)
        List<Notification> toSend = channel.deliversByRecording() ? candidates : outbox.notYetDelivered(candidates);
        for (Notification n : toSend) {
            Delivery delivery = channel.deliver(n);
            sent.add(delivery.delivered() ? n.asDelivered() : n.asFailed(delivery.error()));
            if (delivery.worthRetrying()) {
                unavailable.add(n.recipientName() + ": " + delivery.error());
            }
        }
        outbox.saveAll(sent);
        if (!unavailable.isEmpty() && job.retries() > 1) {
            return JobOutcome.retry(job, unavailable.size() + " of " + candidates.size() + " notifications not delivered yet: "
                    + unavailable.stream().collect(Collectors.joining("; ")));
        }
        return JobOutcome.complete(Map.of());
    }

    private static <E extends Enum<E> & Coded> E header(Job job, String name, Class<E> type) {
        String value = job.header(name);
        return Coded.parse(type, value).orElseThrow(() -> new JobInputException("header '" + name + "' must be one of "
                + Coded.choices(type) + ", got '" + value + "' (element " + job.elementId() + ")"));
    }
}
