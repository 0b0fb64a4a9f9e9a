package org.pdsa.domain;

/** The study's verdict for one measure: the test window against limits fixed on the baseline. */
public enum Verdict implements Coded {
    IMPROVEMENT,
    CONCERN,
    NO_SIGNAL
}
