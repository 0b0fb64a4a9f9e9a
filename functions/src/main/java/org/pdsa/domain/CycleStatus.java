package org.pdsa.domain;

import org.pdsa.codes.Coded;

/** Where a PDSA cycle stands; the last four are final. */
public enum CycleStatus implements Coded {
    PLANNING,
    DOING,
    STUDYING,
    ADOPTED,
    ADAPTED,
    ABANDONED,
    CLOSED;

    /** True once the cycle has been decided or closed and will not change phase again. */
    public boolean isFinal() {
        return ordinal() >= ADOPTED.ordinal();
    }
}
