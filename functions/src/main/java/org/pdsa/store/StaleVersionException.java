package org.pdsa.store;

/** An update named a version that is no longer current: someone else wrote first. Re-read and retry. */
public final class StaleVersionException extends RuntimeException {

    public StaleVersionException(String what, long version) {
        super(what + " changed since version " + version + " was read; re-read it and apply the change again");
    }
}
