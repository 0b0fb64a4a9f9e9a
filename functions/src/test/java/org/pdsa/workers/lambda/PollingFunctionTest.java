package org.pdsa.workers.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.workers.Job;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobOutcome;
import org.pdsa.workers.JobRunner;

class PollingFunctionTest {

    /** A Lambda context that only knows its time left. */
    private static Context remaining(int millis) {
        return new Context() {
            public String getAwsRequestId() { return "req-1"; }
            public String getLogGroupName() { return null; }
            public String getLogStreamName() { return null; }
            public String getFunctionName() { return "pdsa-store-decision"; }
            public String getFunctionVersion() { return "$LATEST"; }
            public String getInvokedFunctionArn() { return null; }
            public CognitoIdentity getIdentity() { return null; }
            public ClientContext getClientContext() { return null; }
            public int getRemainingTimeInMillis() { return millis; }
            public int getMemoryLimitInMB() { return 1024; }
            public LambdaLogger getLogger() { return null; }
        };
    }

    @Test
    void shouldPollWithTheInvocationsTimeAndIgnoreTheSchedulersEvent() throws Exception {
        // given one store-decision job waiting
        try (FakeJobApi api = new FakeJobApi(Instant.parse("2024-05-06T00:00:00Z")); CamundaClient client = api.client()) {
            api.queue("pdsa.store-decision", 3, Map.of());
            JobHandler handler = new JobHandler() {
                public String type() { return "pdsa.store-decision"; }
                public JobOutcome handle(Job job) { return JobOutcome.complete(Map.of("decisionId", "c-1")); }
            };
            StoreDecisionFunction function = new StoreDecisionFunction(
                    new JobPoller(client, handler, new JobRunner(), PollSettings.DEFAULTS));
            // when EventBridge Scheduler invokes it with 30 s to go
            PollSummary summary = function.handleRequest(Map.of("source", "aws.scheduler"), remaining(30_000));
            // then the job lock ends with the invocation (30 s - 10 s margin)
            assertThat(summary).isEqualTo(new PollSummary("pdsa.store-decision", 1, 1, 0, 0, 0, 0, "no-jobs"));
            assertThat(api.activations.get(0).path("timeout").asLong()).isEqualTo(20_000);
        }
    }

    @Test
    void shouldAnswerTheRuntimesStreamWithTheSummaryAsJson() throws Exception {
        // given one store-decision job waiting
        try (FakeJobApi api = new FakeJobApi(Instant.parse("2024-05-06T00:00:00Z")); CamundaClient client = api.client()) {
            api.queue("pdsa.store-decision", 3, Map.of());
            JobHandler handler = new JobHandler() {
                public String type() { return "pdsa.store-decision"; }
                public JobOutcome handle(Job job) { return JobOutcome.complete(Map.of("decisionId", "c-1")); }
            };
            StoreDecisionFunction function = new StoreDecisionFunction(
                    new JobPoller(client, handler, new JobRunner(), PollSettings.DEFAULTS));
            byte[] schedulerEvent = "{\"source\":\"aws.scheduler\",\"detail\":{}}".getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream output = new ByteArrayOutputStream();

            // when the runtime client hands it the scheduler's event as a stream
            function.handleRequest(new ByteArrayInputStream(schedulerEvent), output, remaining(30_000));

            // then the job was handled and the answer is the summary's JSON, field by field
            JsonNode summary = new ObjectMapper().readTree(output.toByteArray());
            assertThat(summary.path("jobType").asText()).isEqualTo("pdsa.store-decision");
            assertThat(summary.path("activated").asInt()).isEqualTo(1);
            assertThat(summary.path("completed").asInt()).isEqualTo(1);
            assertThat(summary.path("stoppedBecause").asText()).isEqualTo("no-jobs");
            assertThat(summary.size()).isEqualTo(8);
        }
    }
}
