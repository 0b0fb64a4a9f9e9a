package org.pdsa.local.bench;

import java.util.Map;

/**
 * One function for the cold-start benchmark: its {@code Handler} string, its environment, and an
 * event it answers successfully (JSON).
 */
public record ColdStartTarget(String handler, Map<String, String> environment, String event) {

    public ColdStartTarget {
        environment = Map.copyOf(environment);
    }
}
