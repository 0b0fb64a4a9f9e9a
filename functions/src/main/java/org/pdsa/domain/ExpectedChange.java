package org.pdsa.domain;

/** The change a prediction expects in a measure during the test window. */
public enum ExpectedChange implements Coded {
    INCREASE,
    DECREASE,
    NO_CHANGE
}
