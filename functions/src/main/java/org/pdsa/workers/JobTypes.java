package org.pdsa.workers;

import java.util.List;

/** The job types of the contract (DESIGN.md §3.3, workflows/README.md). */
public final class JobTypes {

    public static final String FETCH_METRICS = "pdsa.fetch-metrics";
    public static final String ANALYSE_MEASURES = "pdsa.analyse-measures";
    public static final String NOTIFY_PARTICIPANTS = "pdsa.notify-participants";
    public static final String STORE_DECISION = "pdsa.store-decision";
    public static final String COMPILE_LEARNING = "pdsa.compile-learning";

    public static final List<String> ALL =
            List.of(FETCH_METRICS, ANALYSE_MEASURES, NOTIFY_PARTICIPANTS, STORE_DECISION, COMPILE_LEARNING);

    private JobTypes() {
    }
}
