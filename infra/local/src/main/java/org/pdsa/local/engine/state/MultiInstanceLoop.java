package org.pdsa.local.engine.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running loop of a multi-instance body: the input collection evaluated on activation, which
 * item each running instance works on, and the counters a completion condition can read.
 */
public final class MultiInstanceLoop {
    private final List<Object> inputCollection;
    /** Running instance key → index of its item; a TreeMap so snapshots list them in key order. */
    private final TreeMap<Long, Integer> running = new TreeMap<>();
    private int created;
    private int completed;
    private int terminated;

    public MultiInstanceLoop(List<?> inputCollection) {
        // an input collection may hold nulls, which List.copyOf refuses
        this.inputCollection = Collections.unmodifiableList(new ArrayList<>(inputCollection));
    }

    /** Snapshot load. */
    public static MultiInstanceLoop restore(List<?> inputCollection, int created, int completed, int terminated,
                                            Map<Long, Integer> running) {
        MultiInstanceLoop loop = new MultiInstanceLoop(inputCollection);
        loop.created = created;
        loop.completed = completed;
        loop.terminated = terminated;
        loop.running.putAll(running);
        return loop;
    }

    /** The items, in order (items may be null). */
    public List<Object> inputCollection() {
        return inputCollection;
    }

    public int numberOfInstances() {
        return inputCollection.size();
    }

    /** Instances created so far; the next one works on the item at this index. */
    public int created() {
        return created;
    }

    public int completed() {
        return completed;
    }

    public int terminated() {
        return terminated;
    }

    /** Running instance key → item index, in key order (read-only). */
    public Map<Long, Integer> running() {
        return Collections.unmodifiableMap(running);
    }

    /** The item index of a running instance, or -1. */
    public int indexOf(long instanceKey) {
        Integer index = running.get(instanceKey);
        return index == null ? -1 : index;
    }

    /** Records the instance created for the next item and returns that item's index. */
    public int instanceCreated(long instanceKey) {
        running.put(instanceKey, created);
        return created++;
    }

    public void instanceCompleted(long instanceKey) {
        running.remove(instanceKey);
        completed++;
    }

    public void instanceTerminated(long instanceKey) {
        running.remove(instanceKey);
        terminated++;
    }
}
