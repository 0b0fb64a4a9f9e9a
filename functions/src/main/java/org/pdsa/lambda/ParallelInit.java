package org.pdsa.lambda;

import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * A function's init phase on two threads: the work the function cannot start without on this thread, and
 * best-effort priming (loading the classes the first event will need) on another, joined before init ends so
 * that the first event neither waits for it nor shares the CPU with it. Lambda gives a function two vCPUs
 * below 3008 MB (throttled to its memory's share after init), so the overlap is real there too.
 */
public final class ParallelInit {

    private ParallelInit() {}

    /**
     * Runs {@code priming} on another thread while {@code essential} runs on this one, and returns the
     * latter's value once both are done. A priming step that fails is reported on stderr and ignored: the first
     * event does the same work if priming could not; a failure of {@code essential} is the init's failure.
     */
    public static <T> T alongside(Supplier<T> essential, Runnable... priming) {
        CountDownLatch done = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            try {
                for (Runnable step : priming) {
                    run(step);
                }
            } finally {
                done.countDown();
            }
        }, "init-priming");
        thread.setDaemon(true);
        thread.start();
        T value = essential.get();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return value;
    }

    /** Runs one priming step, best effort (see {@link #alongside}). */
    public static void run(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | LinkageError e) {
            System.err.println("init priming: a step failed, left to the first event: " + e);
        }
    }
}
