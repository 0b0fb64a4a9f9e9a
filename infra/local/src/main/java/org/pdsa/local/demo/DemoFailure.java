package org.pdsa.local.demo;

/** The demo cannot go on: a call refused, a cycle stuck, an incident. The message says what and where. */
public final class DemoFailure extends RuntimeException {

    public DemoFailure(String message) {
        super(message);
    }
}
