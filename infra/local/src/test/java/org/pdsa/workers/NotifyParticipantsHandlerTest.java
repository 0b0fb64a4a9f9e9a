package org.pdsa.workers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Notification;
import org.pdsa.domain.NotificationChannel;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;
import org.pdsa.notify.FakeSesEndpoint;
import org.pdsa.notify.OutboxChannel;
import org.pdsa.notify.SesChannel;
import org.pdsa.store.Store;

@ExtendWith(DynaliteExtension.class)
class NotifyParticipantsHandlerTest {

    private static final Map<String, String> CYCLE_STARTED = Map.of("event", "cycle-started", "audience", "participants");

    private final JobRunner runner = new JobRunner();

    private static Map<String, Object> variables() {
        Map<String, Object> v = WorkerFixtures.cycleVariables("trust-a");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("changeIdea", "Senior review at the front door");
        details.put("testWindowStart", "2024-03-11");
        details.put("testWindowEnd", "2024-05-05");
        v.put("details", details);
        return v;
    }

    @Test
    void shouldRecordOneDeliveredOutboxMessagePerPerson(Store store) {
        // given
        WorkerFixtures.register(store);
        JobHandler notify = new Handlers(store).notifyParticipants(new OutboxChannel());
        // when
        JobOutcome outcome = runner.run(notify, WorkerFixtures.job(7, JobTypes.NOTIFY_PARTICIPANTS, variables(), CYCLE_STARTED, 3));
        // then trust-a's participant and the programme-wide one
        assertThat(outcome).isEqualTo(new JobOutcome.Complete(Map.of()));
        List<Notification> outbox = store.notifications().findByCycle("r1-trust-a-1");
        assertThat(outbox).extracting(Notification::id, Notification::recipientEmail, Notification::delivered, Notification::channel)
                .containsExactlyInAnyOrder(tuple("7/ann@trust-a.example", "ann@trust-a.example", true, NotificationChannel.OUTBOX),
                        tuple("7/pat@icb.example", "pat@icb.example", true, NotificationChannel.OUTBOX));
        Notification ann = outbox.stream().filter(n -> n.recipientName().equals("Ann Lead")).findFirst().orElseThrow();
        assertThat(ann.at()).isEqualTo(WorkerFixtures.NOW);
        assertThat(ann.event()).isEqualTo("cycle-started");
        assertThat(ann.subject()).isEqualTo("A PDSA cycle has started: Emergency flow at Trust A");
        assertThat(ann.body()).contains("Change idea: Senior review at the front door", "Test window end: 2024-05-05");
    }

    @Test
    void shouldRecordARedeliveredOutboxJobOnceInOneWriteWithoutReadingTheOutbox(Store store) {
        // given the job was handled with the outbox channel, but its completion never reached the engine
        WorkerFixtures.register(store);
        JobHandler notify = new Handlers(store).notifyParticipants(new OutboxChannel());
        Job job = WorkerFixtures.job(7, JobTypes.NOTIFY_PARTICIPANTS, variables(), CYCLE_STARTED, 3);
        runner.run(notify, job);
        store.requestCounter().reset();
        // when
        JobOutcome again = runner.run(notify, job);
        // then still one delivered record per person, and the repeat cost one batch write and no read
        assertThat(again).isInstanceOf(JobOutcome.Complete.class);
        assertThat(store.notifications().findByCycle("r1-trust-a-1")).hasSize(2).allMatch(Notification::delivered);
        assertThat(store.requestCounter().counts()).containsEntry("BatchWriteItem", 1L).doesNotContainKey("BatchGetItem");
    }

    @Test
    void shouldSendNothingTwiceWhenTheJobIsRedelivered(Store store) throws Exception {
        // given the job was handled, but its completion never reached the engine
        WorkerFixtures.register(store);
        try (FakeSesEndpoint ses = new FakeSesEndpoint()) {
            JobHandler notify = new Handlers(store).notifyParticipants(new SesChannel(ses.api(), "pdsa@icb.example"));
            Job job = WorkerFixtures.job(7, JobTypes.NOTIFY_PARTICIPANTS, variables(), CYCLE_STARTED, 3);
            runner.run(notify, job);
            store.requestCounter().reset();
            // when
            JobOutcome again = runner.run(notify, job);
            // then one email per person in all, one record each, and the repeat cost one batch read and an empty save
            assertThat(again).isInstanceOf(JobOutcome.Complete.class);
            assertThat(ses.accepted).containsExactly("ann@trust-a.example", "pat@icb.example");
            assertThat(store.notifications().findByCycle("r1-trust-a-1")).hasSize(2).allMatch(Notification::delivered);
            assertThat(store.requestCounter().counts()).containsEntry("BatchGetItem", 1L).doesNotContainKey("BatchWriteItem");
        }
    }

    @Test
    void shouldRecordARefusedEmailAsNotDeliveredAndCarryOn(Store store) throws Exception {
        // given SES refuses Pat's address
        WorkerFixtures.register(store);
        try (FakeSesEndpoint ses = new FakeSesEndpoint()) {
            ses.rejected.add("pat@icb.example");
            JobHandler notify = new Handlers(store).notifyParticipants(new SesChannel(ses.api(), "pdsa@icb.example"));
            // when
            JobOutcome outcome = runner.run(notify, WorkerFixtures.job(7, JobTypes.NOTIFY_PARTICIPANTS, variables(), CYCLE_STARTED, 3));
            // then
            assertThat(outcome).isInstanceOf(JobOutcome.Complete.class);
            assertThat(store.notifications().findByCycle("r1-trust-a-1"))
                    .extracting(Notification::recipientEmail, Notification::delivered, Notification::channel)
                    .containsExactlyInAnyOrder(tuple("ann@trust-a.example", true, NotificationChannel.SES),
                            tuple("pat@icb.example", false, NotificationChannel.SES));
            assertThat(store.notifications().findByCycle("r1-trust-a-1")).filteredOn(n -> !n.delivered()).singleElement()
                    .satisfies(n -> assertThat(n.error()).contains("SES 400 MessageRejected").contains("not verified"));
        }
    }

    @Test
    void shouldRetryAThrottledEmailAndSendOnlyThatOneOnTheRetry(Store store) throws Exception {
        // given SES throttles Pat's message once
        WorkerFixtures.register(store);
        try (FakeSesEndpoint ses = new FakeSesEndpoint()) {
            ses.throttled.add("pat@icb.example");
            JobHandler notify = new Handlers(store).notifyParticipants(new SesChannel(ses.api(), "pdsa@icb.example"));
            // when
            JobOutcome first = runner.run(notify, WorkerFixtures.job(7, JobTypes.NOTIFY_PARTICIPANTS, variables(), CYCLE_STARTED, 3));
            ses.throttled.clear();
            JobOutcome retry = runner.run(notify, WorkerFixtures.job(7, JobTypes.NOTIFY_PARTICIPANTS, variables(), CYCLE_STARTED, 2));
            // then
            assertThat(first).isInstanceOfSatisfying(JobOutcome.Fail.class, f -> {
                assertThat(f.retriesLeft()).isEqualTo(2);
                assertThat(f.message()).startsWith("1 of 2 notifications not delivered yet: Pat Wide: SES 429");
            });
            assertThat(retry).isInstanceOf(JobOutcome.Complete.class);
            assertThat(ses.accepted).containsExactly("ann@trust-a.example", "pat@icb.example");
            assertThat(store.notifications().findByCycle("r1-trust-a-1")).hasSize(2).allMatch(Notification::delivered);
        }
    }

    @Test
    void shouldCompleteOnTheLastRetryWithTheFailureRecorded(Store store) throws Exception {
        // given SES stays throttled for Pat, and this is the job's last retry
        WorkerFixtures.register(store);
        try (FakeSesEndpoint ses = new FakeSesEndpoint()) {
            ses.throttled.add("pat@icb.example");
            JobHandler notify = new Handlers(store).notifyParticipants(new SesChannel(ses.api(), "pdsa@icb.example"));
            // when
            JobOutcome outcome = runner.run(notify, WorkerFixtures.job(7, JobTypes.NOTIFY_PARTICIPANTS, variables(), CYCLE_STARTED, 1));
            // then the cycle goes on; the outbox says who was not told
            assertThat(outcome).isInstanceOf(JobOutcome.Complete.class);
            assertThat(store.notifications().findByCycle("r1-trust-a-1")).filteredOn(n -> !n.delivered())
                    .extracting(Notification::recipientEmail).containsExactly("pat@icb.example");
        }
    }

    @Test
    void shouldTellEveryoneInTheProgrammeWhenLearningIsShared(Store store) {
        // given the programme-level share task (no provider, no cycle)
        WorkerFixtures.register(store);
        Map<String, Object> v = new LinkedHashMap<>(Map.of("programmeId", "flow", "runId", "r1",
                "details", Map.of("summary", "3 decisions")));
        // when
        JobOutcome outcome = runner.run(new Handlers(store).notifyParticipants(new OutboxChannel()),
                WorkerFixtures.job(8, JobTypes.NOTIFY_PARTICIPANTS, v, Map.of("event", "learning-shared", "audience", "everyone"), 3));
        // then every participant and manager, stored with the programme
        assertThat(outcome).isInstanceOf(JobOutcome.Complete.class);
        assertThat(store.notifications().findByProgramme("flow")).extracting(Notification::recipientName)
                .containsExactlyInAnyOrder("Ann Lead", "Bob Lead", "Pat Wide", "manager-1", "meg@icb.example");
        assertThat(store.notifications().findByProgramme("flow")).allMatch(n -> n.cycleId() == null);
    }

    @Test
    void shouldRaiseAnIncidentNamingAnUnknownHeader(Store store) {
        // given
        WorkerFixtures.register(store);
        // when
        JobOutcome outcome = runner.run(new Handlers(store).notifyParticipants(new OutboxChannel()),
                WorkerFixtures.job(9, JobTypes.NOTIFY_PARTICIPANTS, variables(), Map.of("event", "cycle-begun", "audience", "leads"), 3));
        // then
        assertThat(outcome).isInstanceOfSatisfying(JobOutcome.Fail.class, f -> {
            assertThat(f.retriesLeft()).isZero();
            assertThat(f.message()).isEqualTo("header 'event' must be one of cycle-started|data-reminder|data-missing|study-ready"
                    + "|decision-made|task-overdue|learning-shared, got 'cycle-begun' (element task_notify_participants)");
        });
        assertThat(store.notifications().findByCycle("r1-trust-a-1")).isEmpty();
    }
}
