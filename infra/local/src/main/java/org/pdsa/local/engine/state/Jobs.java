package org.pdsa.local.engine.state;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Jobs by key, plus a FIFO of activatable jobs per type so activation is O(jobs handed out). The
 * queue is an index only: entries whose job is no longer activatable are skipped when polled.
 */
public final class Jobs {
    private final LongMap<Job> byKey = new LongMap<>(1024);
    private final Map<String, ArrayDeque<Job>> activatable = new HashMap<>();
    private final Set<String> typesWithNewWork = new LinkedHashSet<>();

    public Job get(long key) {
        return byKey.get(key);
    }

    public int size() {
        return byKey.size();
    }

    public void forEach(java.util.function.Consumer<Job> action) {
        byKey.forEachValue(action);
    }

    /** Up to {@code max} activatable jobs of a type, oldest first, without changing anything. */
    public List<Job> peekActivatable(String type, int max) {
        ArrayDeque<Job> queue = activatable.get(type);
        if (queue == null || max <= 0) return List.of();
        List<Job> jobs = new ArrayList<>(Math.min(max, queue.size()));
        for (Job job : queue) {
            if (job.state() == Job.State.ACTIVATABLE && byKey.get(job.key()) == job) {
                jobs.add(job);
                if (jobs.size() == max) break;
            }
        }
        return jobs;
    }

    public boolean hasActivatable(String type) {
        ArrayDeque<Job> queue = activatable.get(type);
        if (queue == null) return false;
        dropStale(queue);
        return !queue.isEmpty();
    }

    /** Types that got activatable jobs since the last call (for waking parked long polls). */
    public Set<String> drainTypesWithNewWork() {
        if (typesWithNewWork.isEmpty()) return Set.of();
        Set<String> types = new LinkedHashSet<>(typesWithNewWork);
        typesWithNewWork.clear();
        return types;
    }

    // ---- writes (stream processor only) ----

    public void add(Job job) {
        byKey.put(job.key(), job);
        if (job.state() == Job.State.ACTIVATABLE) enqueue(job);
    }

    public void remove(Job job) {
        byKey.remove(job.key());
        // a queued entry is dropped lazily: its job is no longer in byKey
    }

    /** Marks a job activatable again (timeout, retry, resolved incident) and queues it. */
    public void makeActivatable(Job job) {
        job.setState(Job.State.ACTIVATABLE);
        job.setWorker("");
        job.setDeadline(-1);
        job.setRecurAt(-1);
        enqueue(job);
    }

    /** Takes a job out of the activatable queue head (it was just activated). */
    public void markActivated(Job job) {
        ArrayDeque<Job> queue = activatable.get(job.type());
        if (queue != null) {
            dropStale(queue);
            if (queue.peekFirst() == job) {
                queue.pollFirst();
                job.setQueued(false);
            }
        }
        job.setState(Job.State.ACTIVATED);
    }

    private void enqueue(Job job) {
        job.setActivatableSinceNanos(System.nanoTime());
        typesWithNewWork.add(job.type());
        if (job.queued()) return;
        job.setQueued(true);
        activatable.computeIfAbsent(job.type(), t -> new ArrayDeque<>()).addLast(job);
    }

    private void dropStale(ArrayDeque<Job> queue) {
        while (!queue.isEmpty()) {
            Job head = queue.peekFirst();
            if (head.state() == Job.State.ACTIVATABLE && byKey.get(head.key()) == head) return;
            queue.pollFirst();
            head.setQueued(false);
        }
    }
}
