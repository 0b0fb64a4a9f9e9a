package org.pdsa.domain;

/** Which way a measure improves; neutral measures are watched without a preferred direction. */
public enum ImprovementDirection implements Coded {
    INCREASE,
    DECREASE,
    NEUTRAL
}
