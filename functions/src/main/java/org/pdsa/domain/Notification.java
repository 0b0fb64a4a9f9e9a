package org.pdsa.domain;

import java.time.Instant;

/**
 * A message to one person about a cycle or a programme: who, what, when, through which channel, and
 * whether it was delivered (with the error when not). {@code id} is chosen by the sender so that sending
 * the same message twice is recognised; {@code cycleId} is null for programme-wide messages.
 */
public record Notification(
        String id,
        String programmeId,
        String cycleId,
        String recipientName,
        String recipientEmail,
        String event,
        String subject,
        String body,
        NotificationChannel channel,
        Instant at,
        boolean delivered,
        String error) {

    public Notification asDelivered() {
        return new Notification(id, programmeId, cycleId, recipientName, recipientEmail, event, subject, body, channel, at,
                true, null);
    }

    public Notification asFailed(String why) {
        return new Notification(id, programmeId, cycleId, recipientName, recipientEmail, event, subject, body, channel, at,
                false, why);
    }
}
