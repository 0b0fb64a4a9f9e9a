package org.pdsa.domain;

import org.pdsa.codes.Coded;

/** The "act" decision that ends a cycle. */
public enum Act implements Coded {
    ADOPT,
    ADAPT,
    ABANDON;

    /** The status a cycle takes when this decision is made. */
    public CycleStatus resultingStatus() {
        return switch (this) {
            case ADOPT -> CycleStatus.ADOPTED;
            case ADAPT -> CycleStatus.ADAPTED;
            case ABANDON -> CycleStatus.ABANDONED;
        };
    }
}
