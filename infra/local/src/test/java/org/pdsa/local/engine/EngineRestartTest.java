package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineExtension;

/** Restarts in the same JVM: from a snapshot (graceful close), from the journal alone, and over a torn journal tail. */
class EngineRestartTest {
    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("pdsa-restart");
    }

    @AfterEach
    void deleteDir() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private LocalEngine start(long snapshotEveryBytes) {
        return LocalEngine.start(EngineConfig.defaults().withPort(0).withDataDirectory(dir).withSnapshotEveryBytes(snapshotEveryBytes));
    }

    private static long deployAndCreate(CamundaClient client) {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("restart")
                .startEvent().serviceTask("task_a", t -> t.zeebeJobType("pdsa.restart")).endEvent().done(), "restart.bpmn")
                .send().join();
        return client.newCreateInstanceCommand().bpmnProcessId("restart").latestVersion().variables(Map.of("v", 42))
                .send().join().getProcessInstanceKey();
    }

    private static ActivatedJob activate(CamundaClient client) {
        List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType("pdsa.restart").maxJobsToActivate(1)
                .requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    @Test
    void shouldRestoreStateFromTheSnapshotTakenOnClose() throws IOException {
        // given
        long instance;
        try (LocalEngine engine = start(64L << 20); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            instance = deployAndCreate(client);
        }
        assertThat(Files.list(dir.resolve("snapshots")).count()).isEqualTo(1);

        // when
        try (LocalEngine engine = start(64L << 20); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            // then the instance, its variables and its job are back, and keys continue
            ActivatedJob job = activate(client);
            assertThat(job.getProcessInstanceKey()).isEqualTo(instance);
            assertThat(job.getVariablesAsMap()).containsEntry("v", 42);
            client.newCompleteCommand(job).send().join();
            assertThat(client.newProcessInstanceGetRequest(instance).send().join().getState().name()).isEqualTo("COMPLETED");
            long next = client.newCreateInstanceCommand().bpmnProcessId("restart").latestVersion().send().join().getProcessInstanceKey();
            assertThat(next).isGreaterThan(job.getKey());
        }
    }

    @Test
    void shouldReplayTheJournalAndIgnoreATornTail() throws IOException {
        // given an engine whose snapshot is removed, and garbage appended to its journal (a torn write)
        long instance;
        try (LocalEngine engine = start(0); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            instance = deployAndCreate(client);
        }
        try (Stream<Path> snapshots = Files.list(dir.resolve("snapshots"))) {
            snapshots.forEach(p -> p.toFile().delete());
        }
        Path lastSegment;
        try (Stream<Path> segments = Files.list(dir.resolve("journal"))) {
            lastSegment = segments.filter(p -> p.toFile().length() > 0).sorted().reduce((a, b) -> b).orElseThrow();
        }
        Files.write(lastSegment, new byte[] {0, 0, 1, 0, 42, 42, 42, 7, 7}, StandardOpenOption.APPEND);

        // when
        try (LocalEngine engine = start(0); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            // then everything before the tear is there and the engine keeps working
            assertThat(activate(client).getProcessInstanceKey()).isEqualTo(instance);
            client.newCreateInstanceCommand().bpmnProcessId("restart").latestVersion().send().join();
        }
        try (LocalEngine engine = start(0); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            assertThat(client.newProcessInstanceSearchRequest().filter(f -> f.processDefinitionId("restart")).send().join()
                    .page().totalItems()).isEqualTo(2);
        }
    }

    @Test
    void shouldKeepUserTasksTheirAssignmentChangesAndFinishedOnesAcrossRestarts() throws IOException {
        // given open, changed, completed and cancelled user tasks, a resolved incident and set variables
        long open;
        long completed;
        long cancelled;
        long resolvedIncident;
        try (LocalEngine engine = start(64L << 20); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("tasks").startEvent()
                    .userTask("task_review", u -> u.zeebeUserTask().zeebeCandidateGroups("quality").zeebeExternalFormReference("https://f")
                            .zeebeTaskHeader("stage", "study").zeebeTaskPriorityExpression("prio"))
                    .endEvent().done(), "tasks.bpmn").send().join();
            long first = client.newCreateInstanceCommand().bpmnProcessId("tasks").latestVersion().variables(Map.of("prio", 10)).send().join()
                    .getProcessInstanceKey();
            long second = client.newCreateInstanceCommand().bpmnProcessId("tasks").latestVersion().variables(Map.of("prio", 20)).send().join()
                    .getProcessInstanceKey();
            long third = client.newCreateInstanceCommand().bpmnProcessId("tasks").latestVersion().variables(Map.of("prio", 30)).send().join()
                    .getProcessInstanceKey();
            long broken = client.newCreateInstanceCommand().bpmnProcessId("tasks").latestVersion().variables(Map.of("prio", 500)).send().join()
                    .getProcessInstanceKey();
            open = taskOf(client, first);
            completed = taskOf(client, second);
            cancelled = taskOf(client, third);
            client.newAssignUserTaskCommand(open).assignee("alice").send().join();
            client.newUpdateUserTaskCommand(open).dueDate("2030-02-01T10:00:00Z").candidateUsers("bob").priority(77).send().join();
            client.newSetVariablesCommand(first).variables(Map.of("note", "kept")).send().join();
            client.newAssignUserTaskCommand(completed).assignee("carol").send().join();
            client.newCompleteUserTaskCommand(completed).variables(Map.of("decision", "adopt")).send().join();
            client.newCancelInstanceCommand(third).send().join();
            resolvedIncident = client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(broken)).send().join().items().get(0)
                    .getIncidentKey();
            client.newSetVariablesCommand(broken).variables(Map.of("prio", 5)).send().join();
            client.newResolveIncidentCommand(resolvedIncident).send().join();
        }

        // when restarted from the journal alone, then from the snapshot that run wrote on close
        for (boolean fromJournalOnly : new boolean[] {true, false}) {
            if (fromJournalOnly) {
                try (Stream<Path> snapshots = Files.list(dir.resolve("snapshots"))) {
                    snapshots.forEach(p -> p.toFile().delete());
                }
            }
            try (LocalEngine engine = start(64L << 20); CamundaClient client = LocalEngineExtension.newClient(engine)) {
                // then
                var task = client.newUserTaskGetRequest(open).send().join();
                assertThat(task.getAssignee()).isEqualTo("alice");
                assertThat(task.getDueDate()).isEqualTo(java.time.OffsetDateTime.parse("2030-02-01T10:00:00Z"));
                assertThat(task.getCandidateUsers()).containsExactly("bob");
                assertThat(task.getCandidateGroups()).containsExactly("quality");
                assertThat(task.getPriority()).isEqualTo(77);
                assertThat(task.getExternalFormReference()).isEqualTo("https://f");
                assertThat(task.getCustomHeaders()).containsEntry("stage", "study");
                var done = client.newUserTaskGetRequest(completed).send().join();
                assertThat(done.getState().name()).isEqualTo("COMPLETED");
                assertThat(done.getAssignee()).isEqualTo("carol");
                assertThat(client.newUserTaskGetRequest(cancelled).send().join().getState().name()).isEqualTo("CANCELED");
                assertThat(client.newIncidentGetRequest(resolvedIncident).send().join().getState().name()).isEqualTo("RESOLVED");
                assertThat(client.newVariableSearchRequest().filter(f -> f.name("note")).send().join().items())
                        .singleElement().satisfies(v -> assertThat(v.getValue()).isEqualTo("\"kept\""));
                assertThat(client.newUserTaskSearchRequest().filter(f -> f.state(io.camunda.client.api.search.enums.UserTaskState.CREATED))
                        .send().join().items()).hasSize(2);
            }
        }
    }

    private static long taskOf(CamundaClient client, long instance) {
        return client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0).getUserTaskKey();
    }

    /**
     * start → fork → (task_a | call_child → child's task) → join → task_item (parallel multi-instance over items)
     * → task_discount (DMN) → task_check → end
     */
    private static io.camunda.zeebe.model.bpmn.BpmnModelInstance structure() {
        return Bpmn.createExecutableProcess("structure")
                .startEvent()
                .parallelGateway("gateway_fork")
                .serviceTask("task_a", t -> t.zeebeJobType("pdsa.a"))
                .parallelGateway("gateway_join")
                .serviceTask("task_item", t -> t.zeebeJobType("pdsa.item").multiInstance(m -> m.parallel()
                        .zeebeInputCollectionExpression("items").zeebeInputElement("item")
                        .zeebeOutputCollection("results").zeebeOutputElementExpression("result")))
                .businessRuleTask("task_discount", b -> b.zeebeCalledDecisionId("decision_discount").zeebeResultVariable("discount"))
                .serviceTask("task_check", t -> t.zeebeJobType("pdsa.check"))
                .endEvent()
                .moveToNode("gateway_fork")
                .callActivity("call_child", c -> c.zeebeProcessId("child"))
                .connectTo("gateway_join")
                .done();
    }

    private void shouldResumeJoinsCallActivitiesAndMultiInstanceLoops(boolean fromJournalOnly) throws IOException {
        // given instance B inside its multi-instance loop (item y done, x and z handed out), and instance A with a
        // token waiting at the join while its called instance waits for a job; and DMN deployed
        long a;
        long b;
        try (LocalEngine engine = start(64L << 20); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            client.newDeployResourceCommand().addResourceFromClasspath("dmn/discount.dmn")
                    .addProcessModel(Bpmn.createExecutableProcess("child").startEvent()
                            .serviceTask("task_child", t -> t.zeebeJobType("pdsa.child")).endEvent().done(), "child.bpmn")
                    .addProcessModel(structure(), "structure.bpmn").send().join();
            b = create(client);
            client.newCompleteCommand(TestJobs.one(client, "pdsa.a")).send().join();
            client.newCompleteCommand(TestJobs.one(client, "pdsa.child")).variables(Map.of("childDone", true)).send().join();
            List<ActivatedJob> items = TestJobs.activate(client, "pdsa.item", 3);
            client.newCompleteCommand(items.get(1)).variables(Map.of("result", "Y")).send().join();
            a = create(client);
            client.newCompleteCommand(TestJobs.one(client, "pdsa.a")).send().join();
        }
        if (fromJournalOnly) {
            try (Stream<Path> snapshots = Files.list(dir.resolve("snapshots"))) {
                snapshots.forEach(p -> p.toFile().delete());
            }
        }

        // when the engine restarts, A's child completes and every item is done (B's handed-out jobs time out first)
        try (LocalEngine engine = start(64L << 20); CamundaClient client = LocalEngineExtension.newClient(engine)) {
            assertThat(TestJobs.none(client, "pdsa.item")).isEmpty();
            client.newCompleteCommand(TestJobs.one(client, "pdsa.child")).variables(Map.of("childDone", true)).send().join();
            client.newPinClockCommand().time(java.time.Instant.now().plus(Duration.ofHours(1))).send().join();
            List<ActivatedJob> items = TestJobs.activate(client, "pdsa.item", 5);
            assertThat(items).filteredOn(job -> job.getProcessInstanceKey() == b)
                    .extracting(job -> job.getVariablesAsMap().get("item")).containsExactlyInAnyOrder("x", "z");
            for (ActivatedJob item : items) {
                String value = (String) item.getVariablesAsMap().get("item");
                client.newCompleteCommand(item).variables(Map.of("result", value.toUpperCase())).send().join();
            }

            // then both instances went through the join and the loop, in item order, and the decision was evaluated
            List<ActivatedJob> checks = TestJobs.activate(client, "pdsa.check", 2);
            assertThat(checks).extracting(ActivatedJob::getProcessInstanceKey).containsExactlyInAnyOrder(a, b);
            assertThat(checks).allSatisfy(check -> assertThat(check.getVariablesAsMap())
                    .containsEntry("results", List.of("X", "Y", "Z")).containsEntry("childDone", true)
                    .containsEntry("discount", 0.1));
        }
    }

    private static long create(CamundaClient client) {
        return client.newCreateInstanceCommand().bpmnProcessId("structure").latestVersion()
                .variables(Map.of("items", List.of("x", "y", "z"), "amount", 250)).send().join().getProcessInstanceKey();
    }

    @Test
    void shouldResumeJoinsCallActivitiesAndMultiInstanceLoopsFromTheSnapshot() throws IOException {
        shouldResumeJoinsCallActivitiesAndMultiInstanceLoops(false);
    }

    @Test
    void shouldResumeJoinsCallActivitiesAndMultiInstanceLoopsFromTheJournalAlone() throws IOException {
        shouldResumeJoinsCallActivitiesAndMultiInstanceLoops(true);
    }
}
