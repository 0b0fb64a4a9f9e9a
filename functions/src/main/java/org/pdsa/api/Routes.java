package org.pdsa.api;

import static org.pdsa.api.Idempotency.Mode.CLAIM_FIRST;
import static org.pdsa.api.Idempotency.Mode.NONE;
import static org.pdsa.api.Idempotency.Mode.RECORD_AFTER;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The route table of the HTTP API (DESIGN §3.2): the one place routes are listed. Lambda handlers dispatch
 * on it, the local gateway serves it, and template.yaml's tests check the template against it.
 */
public final class Routes {

    public static final String PROGRAMMES = "programmes";
    public static final String CYCLES = "cycles";
    public static final String MEASUREMENTS = "measurements";
    public static final String TASKS = "tasks";
    public static final String ANALYSES = "analyses";
    public static final String HEALTH = "health";

    public static final List<Route> ALL = List.of(
            new Route("POST", "/programmes", PROGRAMMES, ProgrammesHandler.class, CLAIM_FIRST, true),
            new Route("GET", "/programmes", PROGRAMMES, ProgrammesHandler.class, NONE, true),
            new Route("GET", "/programmes/{id}", PROGRAMMES, ProgrammesHandler.class, NONE, true),
            new Route("POST", "/programmes/{id}/runs", PROGRAMMES, ProgrammesHandler.class, CLAIM_FIRST, true),
            new Route("GET", "/programmes/{id}/learning", PROGRAMMES, ProgrammesHandler.class, NONE, true),
            new Route("POST", "/cycles", CYCLES, CyclesHandler.class, CLAIM_FIRST, true),
            new Route("GET", "/cycles/{id}", CYCLES, CyclesHandler.class, NONE, true),
            new Route("POST", "/providers/{id}/measurements", MEASUREMENTS, MeasurementsHandler.class, CLAIM_FIRST, true),
            new Route("GET", "/tasks", TASKS, TasksHandler.class, NONE, true),
            new Route("GET", "/tasks/{key}", TASKS, TasksHandler.class, NONE, true),
            new Route("GET", "/tasks/{key}/form", TASKS, TasksHandler.class, NONE, true),
            new Route("POST", "/tasks/{key}/assignment", TASKS, TasksHandler.class, RECORD_AFTER, true),
            new Route("POST", "/tasks/{key}/completion", TASKS, TasksHandler.class, RECORD_AFTER, true),
            new Route("POST", "/analyses/spc", ANALYSES, AnalysesHandler.class, NONE, true),
            new Route("GET", "/health", HEALTH, HealthHandler.class, NONE, false));

    private static final Map<String, Route> BY_KEY = ALL.stream()
            .collect(Collectors.toMap(Route::key, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    private Routes() {
    }

    public static Optional<Route> find(String routeKey) {
        return Optional.ofNullable(routeKey == null ? null : BY_KEY.get(routeKey));
    }

    /** The routes of one function area (one Lambda function in template.yaml). */
    public static List<Route> ofArea(String area) {
        return ALL.stream().filter(r -> r.area().equals(area)).toList();
    }
}
