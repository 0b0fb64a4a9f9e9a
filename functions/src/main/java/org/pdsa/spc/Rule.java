package org.pdsa.spc;

/** The special cause rules, declared in their priority order (a point is labelled by the first that matches). */
public enum Rule {
    OUTSIDE_LIMITS("outside-limits"),
    TREND("trend"),
    TWO_OF_THREE("two-of-three"),
    SHIFT("shift");

    private final String jsonName;

    Rule(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }
}
