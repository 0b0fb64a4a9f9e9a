package org.pdsa.domain;

import org.pdsa.codes.Coded;

/** How a notification is delivered: Amazon SES, GOV.UK Notify, or the local outbox. */
public enum NotificationChannel implements Coded {
    SES,
    NOTIFY,
    OUTBOX
}
