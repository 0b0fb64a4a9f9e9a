package org.pdsa.notify;

import org.pdsa.domain.Notification;
import org.pdsa.domain.NotificationChannel;

/** A way to deliver notifications: the local outbox, Amazon SES (and later, e.g., GOV.UK Notify). */
public interface Channel {

    NotificationChannel kind();

    /** Delivers one message; never throws for a failed delivery, which is recorded instead. */
    Delivery deliver(Notification notification);

    /**
     * True when recording a notification is its delivery (the local outbox): then nobody can be told twice, since a
     * redelivered job writes the same notification ids again, and the handler need not read the outbox first.
     */
    default boolean deliversByRecording() {
        return false;
    }
}
