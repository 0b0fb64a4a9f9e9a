package org.pdsa.workers.notify;

/**
 * A person to notify: name, email (null when only a subject is known, as for managers who are identity
 * subjects rather than addresses), and the key that makes their notification id unique within a job.
 */
public record Recipient(String name, String email, String key) {
}
