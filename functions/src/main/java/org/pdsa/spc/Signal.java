package org.pdsa.spc;

/** The special cause of one point: the rule that labels it and whether the signal is high or low. */
public record Signal(Rule rule, Side side) {}
