package org.pdsa.local.tryout;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.pdsa.local.stack.ApiCalls;
import org.pdsa.local.stack.DemoIdentities;
import org.pdsa.local.stack.DemoIdentities.Identity;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.tryout.TryOutProgramme.Site;
import org.pdsa.local.tryout.TryOutProgramme.Window;

/**
 * Puts the try-out programme in a running stack through the public API, once: registers it, submits every
 * provider's weekly values, and starts a retrospective cycle at each provider, then waits until the engine has
 * opened RF4's plan task. A stack that already has the programme is left as it is.
 */
public final class TryOut {

    /** What the stack holds for the newcomer: whether it was seeded now, and the tasks waiting for rf4-lead. */
    public record State(boolean seededNow, Window window, Map<String, String> cycles, List<WaitingTask> rf4Tasks) {
    }

    /** A task in rf4-lead's list: its key, name and cycle. */
    public record WaitingTask(String key, String name, String elementId, String cycleId) {
    }

    private static final Duration PLAN_TASK_WAIT = Duration.ofSeconds(60);

    private final LocalStack stack;
    private final ApiCalls api;

    public TryOut(LocalStack stack) {
        this.stack = stack;
        this.api = new ApiCalls(stack.apiAddress(), stack.tokens());
    }

    /** Seeds the programme unless it is there; {@code progress} hears one line per step. */
    public State ensure(Consumer<String> progress) throws InterruptedException {
        if (api.get(DemoIdentities.MANAGER, "/programmes/" + TryOutProgramme.ID).ok()) {
            return new State(false, null, Map.of(), rf4Tasks());
        }
        Window window = Window.endingBefore(LocalDate.ofInstant(stack.processEngine().now(), ZoneOffset.UTC));
        api.post(DemoIdentities.MANAGER, "/programmes", TryOutProgramme.registration())
                .orThrow("register programme " + TryOutProgramme.ID);
        progress.accept("registered programme " + TryOutProgramme.ID + " (" + TryOutProgramme.NAME + ")");
        Map<String, String> cycles = new LinkedHashMap<>();
        for (Site site : TryOutProgramme.SITES) {
            for (String measure : List.of(TryOutProgramme.BREACHES, TryOutProgramme.REATTEND)) {
                api.post(site.system(), "/providers/" + site.id() + "/measurements",
                        TryOutProgramme.values(site, measure, window)).orThrow("submit " + site.id() + "'s " + measure);
            }
            JsonNode cycle = api.post(site.system(), "/cycles", window.cycleStart())
                    .orThrow("start a cycle at " + site.id()).body();
            cycles.put(site.id(), cycle.path("id").asText());
        }
        progress.accept("submitted 20 weeks of values and started a cycle at " + String.join(" and ", cycles.keySet())
                + " (test window " + window.start() + " to " + window.end() + ")");
        return new State(true, window, cycles, awaitPlanTask(cycles.get(TryOutProgramme.RF4.id())));
    }

    /** The open tasks rf4-lead sees (their groups' and their own). */
    public List<WaitingTask> rf4Tasks() {
        return tasks(DemoIdentities.STAFF);
    }

    /** The open tasks {@code who} sees. */
    public List<WaitingTask> tasks(Identity who) {
        JsonNode list = api.get(who, "/tasks").orThrow("list " + who.subject() + "'s tasks").body().path("tasks");
        List<WaitingTask> found = new ArrayList<>();
        for (JsonNode t : list) {
            found.add(new WaitingTask(t.path("key").asText(), t.path("name").asText(), t.path("elementId").asText(),
                    t.path("cycleId").asText(null)));
        }
        return found;
    }

    private List<WaitingTask> awaitPlanTask(String cycleId) throws InterruptedException {
        Instant deadline = Instant.now().plus(PLAN_TASK_WAIT);
        while (true) {
            List<WaitingTask> tasks = rf4Tasks();
            if (tasks.stream().anyMatch(t -> cycleId.equals(t.cycleId())) || Instant.now().isAfter(deadline)) {
                return tasks;
            }
            Thread.sleep(250);
        }
    }
}
