package org.pdsa.workers.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobRunner;

/** The Lambda poller on the local engine, through camunda-client-java: what a worker Lambda does per invocation. */
@LocalEngineTest
class JobPollerProcessTest {

    private static final String TYPE = "pdsa.analyse-measures";
    /** The engine's clock, pinned far from the JVM's: handlers must see this one. */
    private static final Instant T0 = Instant.parse("2030-01-07T00:00:00Z");

    private CamundaClient client;
    private final List<Job> handled = new ArrayList<>();
    private final AtomicLong remaining = new AtomicLong(60_000);

    private static BpmnModelInstance process() {
        return Bpmn.createExecutableProcess("poller")
                .startEvent("start")
                .serviceTask("task_analyse_measures", t -> t.zeebeJobType(TYPE).zeebeJobRetries("3"))
                .endEvent("end")
                .done();
    }

    @BeforeEach
    void deploy(CamundaClient client) {
        this.client = client;
        client.newDeployResourceCommand().addProcessModel(process(), "poller.bpmn").send().join();
        client.newPinClockCommand().time(T0).send().join();
    }

    private long start(String cycleId) {
        return client.newCreateInstanceCommand().bpmnProcessId("poller").latestVersion()
                .variables(Map.of("cycleId", cycleId)).send().join().getProcessInstanceKey();
    }

    private String state(long instanceKey) {
        return client.newProcessInstanceGetRequest(instanceKey).send().join().getState().name();
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
        return new JobPoller(client, handler, new JobRunner(), PollSettings.DEFAULTS.withMaxJobs(2)).poll(remaining::get);
    }

    private List<ActivatedJob> activate() {
        return client.newActivateJobsCommand().jobType(TYPE).maxJobsToActivate(5).requestTimeout(Duration.ofMillis(300))
                .send().join().getJobs();
    }

    @Test
    void shouldActivateHandleAndCompleteTheJobsOfItsType() {
        // given three cycles waiting for analysis
        List<Long> instances = List.of(start("c-1"), start("c-2"), start("c-3"));
        // when
        PollSummary summary = poll(handler(job -> JobOutcome.complete(Map.of("verdictSummary",
                job.variables().path("cycleId").asText() + " studied")), 50));
        // then
        assertThat(summary).isEqualTo(new PollSummary(TYPE, 3, 3, 0, 0, 0, 0, "no-jobs"));
        assertThat(instances).allSatisfy(key -> assertThat(state(key)).isEqualTo("COMPLETED"));
        // "now" is the engine's pinned clock, not the JVM's
        assertThat(handled).extracting(Job::now).containsOnly(T0);
        assertThat(handled).extracting(Job::elementId).containsOnly("task_analyse_measures");
    }

    @Test
    void shouldFailTheJobWithRetriesWhenTheHandlerFails() {
        // given
        long instance = start("c-1");
        // when DynamoDB (say) is unavailable
        PollSummary summary = poll(handler(job -> {
            throw new IllegalStateException("DynamoDB unavailable");
        }, 10));
        // then the job waits out its backoff, then comes back with one retry fewer
        assertThat(summary.failed()).isEqualTo(1);
        assertThat(activate()).isEmpty();
        client.newPinClockCommand().time(T0.plusSeconds(3)).send().join();
        assertThat(activate()).singleElement().satisfies(j -> assertThat(j.getRetries()).isEqualTo(2));
        assertThat(state(instance)).isEqualTo("ACTIVE");
    }

    @Test
    void shouldStopBeforeTheDeadlineAndHandTheRestBack() {
        // given 15 s left with a 10 s margin, and jobs that take 6 s
        remaining.set(15_000);
        long first = start("c-1");
        long second = start("c-2");
        // when
        PollSummary summary = poll(handler(job -> JobOutcome.complete(Map.of()), 6_000));
        // then one is done; the other is at once available to the next invocation, its retries intact
        assertThat(summary).isEqualTo(new PollSummary(TYPE, 2, 1, 0, 0, 1, 0, "time"));
        assertThat(state(first)).isEqualTo("COMPLETED");
        assertThat(state(second)).isEqualTo("ACTIVE");
        assertThat(activate()).singleElement().satisfies(j -> {
            assertThat(j.getProcessInstanceKey()).isEqualTo(second);
            assertThat(j.getRetries()).isEqualTo(3);
        });
    }
}
