package org.pdsa.local.stack;

/**
 * One part of the local stack (dynalite, the table, the engine, the workflows' deployment, the gateway, the
 * job workers...): started in order once the parts before it run, stopped in reverse order.
 */
public interface Service {

    /** A short name for progress lines and errors ("dynalite", "gateway"). */
    String name();

    /** Starts the part; the parts listed before it are running and reachable through {@code stack}. */
    void start(LocalStack stack) throws Exception;

    /** Stops what {@link #start} started; called once, also after a failed start of a later part. */
    void stop() throws Exception;
}
