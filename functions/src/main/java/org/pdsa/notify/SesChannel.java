package org.pdsa.notify;

import org.pdsa.domain.Notification;
import org.pdsa.domain.NotificationChannel;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.Body;
import software.amazon.awssdk.services.sesv2.model.Content;
import software.amazon.awssdk.services.sesv2.model.Destination;
import software.amazon.awssdk.services.sesv2.model.EmailContent;
import software.amazon.awssdk.services.sesv2.model.Message;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;

/**
 * Amazon SES (API v2, {@code SendEmail}, plain text) from the verified address {@code NOTIFY_FROM}. Throttling,
 * server errors and network failures are worth retrying; a refusal (rejected message, unverified sender or
 * recipient, paused sending) is not.
 */
public final class SesChannel implements Channel {

    private final SesV2Client ses;
    private final String from;

    public SesChannel(SesV2Client ses, String from) {
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
        SendEmailRequest request = SendEmailRequest.builder()
                .fromEmailAddress(from)
                .destination(Destination.builder().toAddresses(n.recipientEmail()).build())
                .content(EmailContent.builder().simple(Message.builder()
                        .subject(text(n.subject()))
                        .body(Body.builder().text(text(n.body())).build())
                        .build()).build())
                .build();
        try {
            ses.sendEmail(request);
            return Delivery.ok();
        } catch (AwsServiceException e) {
            String error = "SES " + e.statusCode() + " " + (e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode())
                    + ": " + e.getMessage();
            return e.isThrottlingException() || e.statusCode() >= 500 ? Delivery.unavailable(error) : Delivery.refused(error);
        } catch (SdkException e) {
            // no answer from SES (network, timeout): worth another try
            return Delivery.unavailable("SES not reached: " + e.getMessage());
        }
    }

    private static Content text(String value) {
        return Content.builder().data(value).charset("UTF-8").build();
    }
}
