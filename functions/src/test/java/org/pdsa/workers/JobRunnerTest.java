package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

class JobRunnerTest {

    private static JobHandler handler(Function<Job, JobOutcome> body) {
        return new JobHandler() {
            @Override
            public String type() {
                return "pdsa.test";
            }

            @Override
            public JobOutcome handle(Job job) {
                return body.apply(job);
            }
        };
    }

    @Test
    void shouldPassAnOutcomeOnAndRecordTheHandlerTime() {
        // given
        JobRunner runner = new JobRunner();
        // when
        JobOutcome outcome = runner.run(handler(job -> JobOutcome.complete(Map.of("x", 1))), Samples.job("pdsa.test", "{}", Map.of(), 3));
        // then
        assertThat(outcome).isEqualTo(new JobOutcome.Complete(Map.of("x", 1)));
        assertThat(runner.times().snapshot()).containsOnlyKeys("pdsa.test");
        assertThat(runner.times().snapshot().get("pdsa.test").jobs()).isEqualTo(1);
    }

    @Test
    void shouldRaiseAnIncidentAtOnceWhenTheJobBreaksTheContract() {
        // when
        JobOutcome outcome = new JobRunner().run(handler(job -> JobOutcome.complete(Map.of("id", job.vars().string("cycleId")))),
                Samples.job("pdsa.test", "{}", Map.of(), 3));
        // then
        assertThat(outcome).isEqualTo(new JobOutcome.Fail("variable 'cycleId' (string) is missing", 0, Duration.ZERO));
    }

    @Test
    void shouldRetryWithAGrowingBackoffWhenDynamoDbThrottles() {
        // given
        JobHandler throttled = handler(job -> {
            throw ProvisionedThroughputExceededException.builder().message("slow down").build();
        });
        // when
        JobOutcome first = new JobRunner().run(throttled, Samples.job("pdsa.test", "{}", Map.of(), 3));
        JobOutcome last = new JobRunner().run(throttled, Samples.job("pdsa.test", "{}", Map.of(), 1));
        // then
        assertThat(first).isInstanceOfSatisfying(JobOutcome.Fail.class, f -> {
            assertThat(f.retriesLeft()).isEqualTo(2);
            assertThat(f.backoff()).isEqualTo(Duration.ofSeconds(2));
            assertThat(f.message()).startsWith("ProvisionedThroughputExceededException: slow down");
        });
        assertThat(last).isInstanceOfSatisfying(JobOutcome.Fail.class, f -> {
            assertThat(f.retriesLeft()).isZero();
            assertThat(f.backoff()).isEqualTo(Duration.ofSeconds(8));
        });
    }

    @Test
    void shouldTakeNowFromTheDeadlineMinusTheRequestedTimeout() {
        // given the engine's clock moved ahead to 2024-05-06 (accelerated demo), a 5 minute timeout
        long deadline = Instant.parse("2024-05-06T00:05:00Z").toEpochMilli();
        // when / then
        assertThat(Job.engineTimeAtActivation(deadline, Duration.ofMinutes(5))).isEqualTo(Instant.parse("2024-05-06T00:00:00Z"));
    }
}
