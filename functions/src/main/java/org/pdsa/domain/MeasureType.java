package org.pdsa.domain;

import org.pdsa.codes.Coded;

/** What a measure tells: the result sought, a step of the process, or harm elsewhere. */
public enum MeasureType implements Coded {
    OUTCOME,
    PROCESS,
    BALANCING
}
