package org.pdsa.local.engine.state;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Everything that must happen at an engine time: job deadlines, retry back-offs (and, added by
 * their owners, timers and message TTLs). The stream processor asks for the earliest entry, and
 * when it is due journals one TICK command that handles every due entry in (time, kind, key) order.
 */
public final class DueDates {
    /** What falls due; handlers are registered per kind in the processing layer. */
    public enum Kind {
        JOB_DEADLINE, JOB_BACKOFF, TIMER, MESSAGE_TTL,
        /** A message subscription just opened: correlate a buffered message to it, if one waits. */
        MESSAGE_SUBSCRIPTION_OPENED,
        /** A buffered message may now start an instance (a message start lock was released). */
        MESSAGE_START_RETRY
    }

    /** One scheduled entry. */
    public record Due(long time, Kind kind, long key) implements Comparable<Due> {
        @Override
        public int compareTo(Due o) {
            int c = Long.compare(time, o.time);
            if (c != 0) return c;
            c = kind.compareTo(o.kind);
            return c != 0 ? c : Long.compare(key, o.key);
        }
    }

    private final TreeSet<Due> entries = new TreeSet<>();

    public void schedule(long time, Kind kind, long key) {
        entries.add(new Due(time, kind, key));
    }

    public void cancel(long time, Kind kind, long key) {
        entries.remove(new Due(time, kind, key));
    }

    /** The earliest due time, or Long.MAX_VALUE when nothing is scheduled. */
    public long nextTime() {
        return entries.isEmpty() ? Long.MAX_VALUE : entries.first().time();
    }

    /** Removes and returns every entry due at or before {@code now}, in order. */
    public List<Due> takeDue(long now) {
        List<Due> due = new ArrayList<>();
        while (!entries.isEmpty() && entries.first().time() <= now) due.add(entries.pollFirst());
        return due;
    }

    public int size() {
        return entries.size();
    }

    public Iterable<Due> all() {
        return entries;
    }
}
