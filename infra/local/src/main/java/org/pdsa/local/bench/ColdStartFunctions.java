package org.pdsa.local.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The functions the cold-start benchmark measures. The extension point for the per-function list:
 * today the functions built so far, each with a real event; later this reads template.yaml (each
 * function's Handler and Environment) and takes the sample events from here.
 */
public final class ColdStartFunctions {

    private ColdStartFunctions() {}

    /** Every function the benchmark knows, in a stable order. */
    public static List<ColdStartTarget> all() {
        return List.of(
                new ColdStartTarget("org.pdsa.api.HealthHandler::handleRequest", Map.of(),
                        event("apigw-v2-get-health.json")));
    }

    /** A sample event shipped with the benchmark (org/pdsa/local/bench/events). */
    public static String event(String name) {
        try (InputStream in = ColdStartFunctions.class.getResourceAsStream("events/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No sample event " + name + " in org/pdsa/local/bench/events");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
