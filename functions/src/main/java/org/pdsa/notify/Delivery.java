package org.pdsa.notify;

/**
 * What happened when one message was handed to a channel: delivered, or not with the error and whether
 * trying again later may help (throttling, an outage) or not (a rejected address, an unverified sender).
 */
public record Delivery(boolean delivered, String error, boolean worthRetrying) {

    public static Delivery ok() {
        return new Delivery(true, null, false);
    }

    public static Delivery refused(String error) {
        return new Delivery(false, error, false);
    }

    public static Delivery unavailable(String error) {
        return new Delivery(false, error, true);
    }
}
