package org.pdsa.local.engine.processing.commands;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.pdsa.local.engine.processing.ProcessingContext;

/**
 * Parked job-activation requests (long polling), per job type, longest-waiting first. Transient:
 * they live only as long as their HTTP requests.
 */
public final class JobPolls {
    /** A parked request. */
    record Poll(PollJobs request, CompletableFuture<Object> response, long expiresAtNanos) {}

    private final Map<String, ArrayDeque<Poll>> byType = new HashMap<>();
    private long nextExpiry = Long.MAX_VALUE;
    private int size;

    void park(Poll poll) {
        byType.computeIfAbsent(poll.request().type(), t -> new ArrayDeque<>()).addLast(poll);
        nextExpiry = Math.min(nextExpiry, poll.expiresAtNanos());
        size++;
    }

    boolean hasWaiting(String type) {
        ArrayDeque<Poll> polls = byType.get(type);
        return polls != null && !polls.isEmpty();
    }

    Poll takeLongestWaiting(String type) {
        ArrayDeque<Poll> polls = byType.get(type);
        Poll poll = polls == null ? null : polls.pollFirst();
        if (poll != null) size--;
        return poll;
    }

    public int size() {
        return size;
    }

    public long nextExpiryNanos() {
        return nextExpiry;
    }

    /** Answers every poll whose request timeout passed with an empty list. */
    public void expire(long nowNanos, ProcessingContext context) {
        if (nowNanos < nextExpiry) return;
        long next = Long.MAX_VALUE;
        for (ArrayDeque<Poll> polls : byType.values()) {
            for (Iterator<Poll> it = polls.iterator(); it.hasNext(); ) {
                Poll poll = it.next();
                if (poll.expiresAtNanos() <= nowNanos || poll.response().isDone()) {
                    it.remove();
                    size--;
                    context.complete(poll.response(), ActivatedJobs.NONE);
                } else {
                    next = Math.min(next, poll.expiresAtNanos());
                }
            }
        }
        nextExpiry = next;
    }

    /** Answers every parked poll with an empty list (shutdown). */
    public void releaseAll(ProcessingContext context) {
        for (ArrayDeque<Poll> polls : byType.values()) {
            for (Poll poll : polls) context.complete(poll.response(), ActivatedJobs.NONE);
            polls.clear();
        }
        size = 0;
        nextExpiry = Long.MAX_VALUE;
    }
}
