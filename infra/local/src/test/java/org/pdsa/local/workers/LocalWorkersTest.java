package org.pdsa.local.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Notification;
import org.pdsa.domain.Participant;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.store.Store;
import org.pdsa.workers.JobTypes;

@ExtendWith(DynaliteExtension.class)
class LocalWorkersTest {

    private static final Instant ENGINE_TIME = Instant.parse("2024-05-06T00:00:00Z");

    @Test
    void shouldHandleJobsOfEveryTypeInProcessWithTheEnginesTime(Store store) throws Exception {
        // given a programme, and a notify job and a contract-breaking fetch job waiting
        store.programmes().register(new Programme("flow", "Emergency flow", "aim", List.of(),
                List.of(new Provider("trust-a", "Trust A", List.of("trust-a-leads"), null)),
                List.of(new Participant("Ann Lead", "ann@trust-a.example", "trust-a")), List.of("manager-1"), null, null));
        try (ScriptedJobApi api = new ScriptedJobApi(ENGINE_TIME); CamundaClient client = api.client()) {
            long notify = api.queue(JobTypes.NOTIFY_PARTICIPANTS, 3,
                    Map.of("programmeId", "flow", "providerId", "trust-a", "cycleId", "r1-trust-a-1",
                            "details", Map.of("summary", "ok")),
                    Map.of("event", "study-ready", "audience", "leads"));
            long fetch = api.queue(JobTypes.FETCH_METRICS, 3, Map.of("programmeId", "flow"), Map.of());
            // when
            try (LocalWorkers workers = LocalWorkers.start(client, store)) {
                await().atMost(Duration.ofSeconds(20)).until(() -> api.commands.size() == 2);
                // then the notification is in the outbox at the engine's time, and the broken job is an incident
                assertThat(api.commandsTo("/completion")).extracting(ScriptedJobApi.Command::path)
                        .containsExactly("/v2/jobs/" + notify + "/completion");
                assertThat(api.commandsTo("/failure")).singleElement().satisfies(f -> {
                    assertThat(f.path()).isEqualTo("/v2/jobs/" + fetch + "/failure");
                    assertThat(f.body().path("retries").asInt()).isZero();
                    assertThat(f.body().path("errorMessage").asText()).isEqualTo("variable 'providerId' (string) is missing");
                });
                assertThat(store.notifications().findByCycle("r1-trust-a-1")).singleElement().satisfies(n -> {
                    assertThat(n.recipientEmail()).isEqualTo("ann@trust-a.example");
                    assertThat(n.at()).isEqualTo(ENGINE_TIME);
                    assertThat(n.delivered()).isTrue();
                });
                assertThat(workers.handlerTimes().snapshot()).containsKeys(JobTypes.NOTIFY_PARTICIPANTS, JobTypes.FETCH_METRICS);
            }
            // every job type is polled, each with the 5 minute lock "now" is computed from
            assertThat(api.activations).extracting(a -> a.path("type").asText()).containsAll(JobTypes.ALL);
            assertThat(api.activations).allSatisfy(a -> assertThat(a.path("timeout").asLong()).isEqualTo(300_000));
        }
    }
}
