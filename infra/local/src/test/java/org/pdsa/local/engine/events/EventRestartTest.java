package org.pdsa.local.engine.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.EngineConfig;
import org.pdsa.local.engine.LocalEngine;
import org.pdsa.local.engine.testing.LocalEngineExtension;

/**
 * Timers, subscriptions and buffered messages across a restart in the same JVM: from the snapshot
 * taken on close, and from the journal alone. The engine's system clock is a test-controlled
 * value, so "time passed while the engine was down" needs no sleeping.
 */
class EventRestartTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private final AtomicLong systemClock = new AtomicLong(T0.toEpochMilli());
    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("pdsa-event-restart");
    }

    @AfterEach
    void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private LocalEngine start() {
        return LocalEngine.start(EngineConfig.defaults().withPort(0).withDataDirectory(dir).withSystemClock(systemClock::get));
    }

    private void dropSnapshots() throws IOException {
        try (Stream<Path> snapshots = Files.list(dir.resolve("snapshots"))) {
            snapshots.forEach(p -> p.toFile().delete());
        }
    }

    /** GET /v2/clock (no client command for it in 8.9). */
    private static Instant clock(LocalEngine engine) throws IOException, InterruptedException {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                engine.restAddress().resolve("/v2/clock")).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        return Instant.parse(new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).get("timestamp").asText());
    }

    private static List<ActivatedJob> jobs(CamundaClient client, String type, Duration wait) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).timeout(Duration.ofDays(3650))
                .requestTimeout(wait).send().join().getJobs();
    }

    @Test
    void shouldFireATimerThatFellDueWhileTheEngineWasDown() {
        // given an instance waiting one hour, and an engine that stops
        long instance;
        try (LocalEngine engine = start(); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("waiting").startEvent()
                    .intermediateCatchEvent("timer_hour", e -> e.timerWithDuration("PT1H"))
                    .serviceTask("task_after", t -> t.zeebeJobType("pdsa.after")).endEvent().done(), "waiting.bpmn").send().join();
            instance = client.newCreateInstanceCommand().bpmnProcessId("waiting").latestVersion().send().join().getProcessInstanceKey();
        }

        // when it starts again two hours later
        systemClock.addAndGet(Duration.ofHours(2).toMillis());
        try (LocalEngine engine = start(); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            // then the overdue timer fires on its own
            assertThat(jobs(client, "pdsa.after", Duration.ofSeconds(10))).singleElement()
                    .satisfies(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(instance));
        }
    }

    @Test
    void shouldCorrelateABufferedMessageWithTimeLeftAfterARestartFromTheJournal() throws IOException {
        // given two buffered messages, one living an hour and one five minutes, and no snapshot to restart from
        try (LocalEngine engine = start(); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("paying").startEvent()
                    .intermediateCatchEvent("message_paid", e -> e.message(m -> m.name("paid").zeebeCorrelationKeyExpression("orderId")))
                    .serviceTask("task_ship", t -> t.zeebeJobType("pdsa.ship")).endEvent().done(), "paying.bpmn").send().join();
            client.newPublishMessageCommand().messageName("paid").correlationKey("o-long").timeToLive(Duration.ofHours(1))
                    .variables(Map.of("amount", 10)).send().join();
            client.newPublishMessageCommand().messageName("paid").correlationKey("o-short").timeToLive(Duration.ofMinutes(5))
                    .send().join();
        }
        dropSnapshots();

        // when the engine replays its journal ten minutes later and instances subscribe
        systemClock.addAndGet(Duration.ofMinutes(10).toMillis());
        try (LocalEngine engine = start(); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            long waiting = client.newCreateInstanceCommand().bpmnProcessId("paying").latestVersion()
                    .variables(Map.of("orderId", "o-short")).send().join().getProcessInstanceKey();
            long paid = client.newCreateInstanceCommand().bpmnProcessId("paying").latestVersion()
                    .variables(Map.of("orderId", "o-long")).send().join().getProcessInstanceKey();

            // then the message with time left correlates, the expired one does not
            assertThat(jobs(client, "pdsa.ship", Duration.ofSeconds(5))).singleElement().satisfies(job -> {
                assertThat(job.getProcessInstanceKey()).isEqualTo(paid);
                assertThat(job.getVariablesAsMap()).containsEntry("amount", 10);
            });
            assertThat(client.newProcessInstanceGetRequest(waiting).send().join().getState().name()).isEqualTo("ACTIVE");
        }
    }

    @Test
    void shouldKeepTimerStartsCyclesAndSubscriptionsInTheSnapshot() throws Exception {
        // given a timer start cycle, an instance with a non-interrupting reminder cycle and a message subscription, pinned clock
        try (LocalEngine engine = start(); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            client.newPinClockCommand().time(T0).send().join();
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("hourly").startEvent("start_hourly")
                    .timerWithCycle("R/PT1H").serviceTask("task_run", t -> t.zeebeJobType("pdsa.hourly")).endEvent().done(), "hourly.bpmn")
                    .send().join();
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("reminded").startEvent()
                    .serviceTask("task_work", t -> t.zeebeJobType("pdsa.work"))
                    .boundaryEvent("timer_remind", b -> b.cancelActivity(false).timerWithCycle("R3/PT1H")
                            .serviceTask("task_remind", t -> t.zeebeJobType("pdsa.remind")).endEvent())
                    .moveToActivity("task_work")
                    .boundaryEvent("message_stop", b -> b.message(m -> m.name("stop").zeebeCorrelationKeyExpression("id"))
                            .serviceTask("task_stopped", t -> t.zeebeJobType("pdsa.stopped")).endEvent())
                    .moveToActivity("task_work").endEvent().done(), "reminded.bpmn").send().join();
            client.newCreateInstanceCommand().bpmnProcessId("reminded").latestVersion().variables(Map.of("id", "r-1")).send().join();
            client.newPinClockCommand().time(T0.plus(Duration.ofHours(1))).send().join();
            assertThat(jobs(client, "pdsa.hourly", Duration.ofSeconds(1))).hasSize(1);
            assertThat(jobs(client, "pdsa.remind", Duration.ofSeconds(1))).hasSize(1);
        }

        // when restarted from the snapshot and the pinned clock moves on
        try (LocalEngine engine = start(); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            assertThat(clock(engine)).isEqualTo(T0.plus(Duration.ofHours(1))); // the pin itself survived
            client.newPinClockCommand().time(T0.plus(Duration.ofHours(5))).send().join();

            // then the cycles went on where they were and the message subscription is still open
            assertThat(jobs(client, "pdsa.hourly", Duration.ofSeconds(1))).hasSize(4);
            assertThat(jobs(client, "pdsa.remind", Duration.ofSeconds(1))).hasSize(2);
            client.newCorrelateMessageCommand().messageName("stop").correlationKey("r-1").send().join();
            assertThat(jobs(client, "pdsa.stopped", Duration.ofSeconds(1))).hasSize(1);
            assertThat(jobs(client, "pdsa.work", Duration.ofMillis(300))).isEmpty();
        }
    }
}
