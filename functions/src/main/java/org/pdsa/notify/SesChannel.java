package org.pdsa.notify;

import java.io.IOException;
import org.pdsa.domain.Notification;
import org.pdsa.domain.NotificationChannel;

/**
 * Amazon SES (API v2, {@code SendEmail}, plain text) from the verified address {@code NOTIFY_FROM}.
 * Throttling (429), server errors and an unreachable SES are worth retrying; a refusal (a rejected message,
 * an unverified sender or recipient, paused sending: the other 4xx) is not.
 */
public final class SesChannel implements Channel {

    private final SesApi ses;
    private final String from;

    public SesChannel(SesApi ses, String from) {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("NOTIFY_FROM must name the verified sender address for NOTIFY_CHANNEL=ses");
        }
        this.ses = ses;
        this.from = from;
    }

    @Override
    public NotificationChannel kind() {
        return NotificationChannel.SES;
    }

    @Override
    public Delivery deliver(Notification n) {
        if (n.recipientEmail() == null || n.recipientEmail().isBlank()) {
            return Delivery.refused("no email address known for " + n.recipientName());
        }
        SesApi.Answer answer;
        try {
            answer = ses.sendEmail(from, n.recipientEmail(), n.subject(), n.body());
        } catch (IOException | RuntimeException e) {
            return Delivery.unavailable("SES not reached: " + (e.getMessage() == null ? e : e.getMessage()));
        }
        if (answer.ok()) {
            return Delivery.ok();
        }
        String error = "SES " + answer.status() + " " + answer.errorType() + ": " + answer.message();
        return answer.status() == 429 || answer.status() >= 500 ? Delivery.unavailable(error) : Delivery.refused(error);
    }
}
