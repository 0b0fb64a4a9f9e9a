package org.pdsa.workers.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobRunner;

class JobPollerTest {

    private static final String TYPE = "pdsa.analyse-measures";
    private static final Instant ENGINE_TIME = Instant.parse("2024-05-06T00:00:00Z");
    private static final PollSettings SETTINGS = PollSettings.DEFAULTS.withMaxJobs(2);

    private FakeJobApi api;
    private CamundaClient client;
    private final List<Job> handled = new ArrayList<>();
    /** The invocation's time left, in ms; handlers use some up. */
    private final AtomicLong remaining = new AtomicLong(60_000);

    @BeforeEach
    void start() throws Exception {
        api = new FakeJobApi(ENGINE_TIME);
        client = api.client();
    }

    @AfterEach
    void stop() {
        client.close();
        api.close();
    }

    private JobHandler handler(Function<Job, JobOutcome> body, long millisEach) {
        return new JobHandler() {
            @Override
            public String type() {
                return TYPE;
            }

            @Override
            public JobOutcome handle(Job job) {
                handled.add(job);
                remaining.addAndGet(-millisEach);
                return body.apply(job);
            }
        };
    }

    private PollSummary poll(JobHandler handler) {
        return poll(handler, SETTINGS);
    }

    private PollSummary poll(JobHandler handler, PollSettings settings) {
        return new JobPoller(client, handler, new JobRunner(), settings).poll(remaining::get);
    }

    @Test
    void shouldCompleteEveryJobWaitingAndStopWhenNoneIsLeft() {
        // given three jobs; two are activated at a time
        long first = api.queue(TYPE, 3, Map.of("cycleId", "r1-trust-a-1"));
        api.queue(TYPE, 3, Map.of("cycleId", "r1-trust-b-1"));
        api.queue(TYPE, 3, Map.of("cycleId", "r1-trust-c-1"));
        // when
        PollSummary summary = poll(handler(job -> JobOutcome.complete(Map.of("verdictSummary", "ok")), 100));
        // then
        assertThat(summary).isEqualTo(new PollSummary(TYPE, 3, 3, 0, 0, 0, 0, "no-jobs"));
        assertThat(api.activations).hasSize(3);
        assertThat(api.activations.get(0).path("maxJobsToActivate").asInt()).isEqualTo(2);
        assertThat(api.activations.get(0).path("type").asText()).isEqualTo(TYPE);
        // no long poll: the engine answers at once when nothing waits (the last activation above)
        assertThat(api.activations).allSatisfy(a -> assertThat(a.path("requestTimeout").asLong()).isEqualTo(-1));
        assertThat(api.commandsTo("/completion")).hasSize(3);
        assertThat(api.commandsTo("/completion").get(0).path()).isEqualTo("/v2/jobs/" + first + "/completion");
        assertThat(api.commandsTo("/completion").get(0).body().path("variables").path("verdictSummary").asText()).isEqualTo("ok");
        // now is the engine's time, read off the deadline
        assertThat(handled).extracting(Job::now).containsOnly(ENGINE_TIME);
        assertThat(handled.get(0).variables().path("cycleId").asText()).isEqualTo("r1-trust-a-1");
    }

    @Test
    void shouldFailAJobWithRetriesAndBackoffWhenTheHandlerFails() {
        // given
        long key = api.queue(TYPE, 3, Map.of());
        // when DynamoDB (say) is down
        PollSummary summary = poll(handler(job -> {
            throw new IllegalStateException("DynamoDB unavailable");
        }, 10));
        // then
        assertThat(summary.failed()).isEqualTo(1);
        FakeJobApi.Command failure = api.commandsTo("/failure").get(0);
        assertThat(failure.path()).isEqualTo("/v2/jobs/" + key + "/failure");
        assertThat(failure.body().path("retries").asInt()).isEqualTo(2);
        assertThat(failure.body().path("retryBackOff").asLong()).isEqualTo(2_000);
        assertThat(failure.body().path("errorMessage").asText()).isEqualTo("IllegalStateException: DynamoDB unavailable");
    }

    @Test
    void shouldThrowTheBpmnErrorTheHandlerReturns() {
        // given
        api.queue(TYPE, 3, Map.of());
        // when
        PollSummary summary = poll(handler(job -> JobOutcome.error("no-data", "data missing",
                Map.of("missingDataSummary", "four-hour: 6 of 8")), 10));
        // then
        assertThat(summary.errors()).isEqualTo(1);
        FakeJobApi.Command error = api.commandsTo("/error").get(0);
        assertThat(error.body().path("errorCode").asText()).isEqualTo("no-data");
        assertThat(error.body().path("variables").path("missingDataSummary").asText()).isEqualTo("four-hour: 6 of 8");
    }

    @Test
    void shouldStopBeforeTheDeadlineAndHandBackWhatItCannotHandle() {
        // given 15 s left, a 10 s margin, jobs taking 6 s each, and a poller that may wait 4 s for jobs
        remaining.set(15_000);
        long first = api.queue(TYPE, 3, Map.of());
        long second = api.queue(TYPE, 2, Map.of());
        // when
        PollSummary summary = poll(handler(job -> JobOutcome.complete(Map.of()), 6_000),
                SETTINGS.withRequestTimeout(Duration.ofSeconds(4)));
        // then the first is handled; the second is released with its retries and no backoff; no further poll
        assertThat(summary).isEqualTo(new PollSummary(TYPE, 2, 1, 0, 0, 1, 0, "time"));
        assertThat(api.commandsTo("/completion")).extracting(FakeJobApi.Command::path).containsExactly("/v2/jobs/" + first + "/completion");
        FakeJobApi.Command released = api.commandsTo("/failure").get(0);
        assertThat(released.path()).isEqualTo("/v2/jobs/" + second + "/failure");
        assertThat(released.body().path("retries").asInt()).isEqualTo(2);
        assertThat(released.body().path("retryBackOff").asLong()).isZero();
        assertThat(released.body().path("errorMessage").asText()).startsWith("released unhandled");
        // the lock never outlives the invocation (at most the 5 s left beyond the margin), nor the wait half of it
        assertThat(api.activations).singleElement().satisfies(a -> {
            assertThat(a.path("timeout").asLong()).isEqualTo(5_000);
            assertThat(a.path("requestTimeout").asLong()).isEqualTo(2_500);
        });
        assertThat(handled).extracting(Job::now).containsExactly(ENGINE_TIME);
    }

    @Test
    void shouldNotActivateAnythingWhenTheTimeLeftIsWithinTheMargin() {
        // given
        remaining.set(10_500);
        api.queue(TYPE, 3, Map.of());
        // when
        PollSummary summary = poll(handler(job -> JobOutcome.complete(Map.of()), 0));
        // then
        assertThat(summary).isEqualTo(new PollSummary(TYPE, 0, 0, 0, 0, 0, 0, "time"));
        assertThat(api.activations).isEmpty();
    }

    @Test
    void shouldReportAnUnreachableEngine() {
        // given a client pointed at a port nobody listens on
        try (CamundaClient nowhere = CamundaClient.newClientBuilder().restAddress(URI.create("http://127.0.0.1:9"))
                .build()) {
            // when
            PollSummary summary = new JobPoller(nowhere, handler(job -> JobOutcome.complete(Map.of()), 0), new JobRunner(),
                    SETTINGS).poll(remaining::get);
            // then
            assertThat(summary.activated()).isZero();
            assertThat(summary.stoppedBecause()).startsWith("activation-failed");
        }
    }
}
