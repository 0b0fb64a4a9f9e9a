package org.pdsa.spc;

/** A run of points sharing one mean and one set of limits; {@code start} and {@code end} are inclusive indices. */
public record Segment(int start, int end, Limits limits) {

    /** True when fewer than 12 points stand behind the limits. */
    public boolean trialLimits() {
        return limits.trial();
    }

    public int size() {
        return end - start + 1;
    }

    public boolean contains(int index) {
        return index >= start && index <= end;
    }
}
