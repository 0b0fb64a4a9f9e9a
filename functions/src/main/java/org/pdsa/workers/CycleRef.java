package org.pdsa.workers;

/** Which cycle a job is about, as its variables name it: enough to record the cycle if nobody has yet. */
public record CycleRef(String cycleId, String programmeId, String providerId, int number) {

    /** Reads {@code cycleId}, {@code programmeId}, {@code providerId} and {@code cycleNumber}. */
    public static CycleRef from(JobVariables v) {
        return new CycleRef(v.string("cycleId"), v.string("programmeId"), v.string("providerId"), v.integer("cycleNumber"));
    }
}
