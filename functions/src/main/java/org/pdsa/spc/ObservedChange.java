package org.pdsa.spc;

import org.pdsa.codes.Coded;

/** What the test window showed: special cause signals all high, all low, both, or none. */
public enum ObservedChange implements Coded {
    INCREASE,
    DECREASE,
    MIXED,
    NONE;

}
