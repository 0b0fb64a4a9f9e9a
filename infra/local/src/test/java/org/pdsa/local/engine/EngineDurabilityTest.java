package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.cli.PdsaCommand;

/**
 * Runs the engine as a separate OS process, kills it with SIGKILL mid-run and restarts it on the
 * same data directory: every acknowledged command must be there.
 */
class EngineDurabilityTest {
    private static final Pattern LISTENING = Pattern.compile("engine listening on (http://\\S+)");
    private static final java.time.Instant PINNED = java.time.Instant.parse("2030-01-01T00:00:00Z");
    private final List<Process> processes = new ArrayList<>();
    private Path dataDir;

    @AfterEach
    void cleanUp() throws IOException {
        processes.forEach(Process::destroyForcibly);
        if (dataDir != null) deleteRecursively(dataDir);
    }

    private static BpmnModelInstance taskThenUserTask() {
        return Bpmn.createExecutableProcess("durable")
                .startEvent("start")
                .serviceTask("task_work", t -> t.zeebeJobType("pdsa.durable"))
                .userTask("task_review", u -> u.zeebeUserTask())
                .endEvent("end")
                .done();
    }

    @Test
    void shouldKeepEveryAcknowledgedCommandWhenKilledAndRestarted() throws Exception {
        // given an engine in its own process with 20 instances, 20 activated jobs, 10 of them completed
        dataDir = Files.createTempDirectory("pdsa-durability");
        URI address = startEngineProcess();
        Set<Long> instances = new HashSet<>();
        Set<Long> completedJobsInstances = new HashSet<>();
        Set<Long> openJobs = new HashSet<>();
        long[] assignedTask = new long[1];
        try (CamundaClient client = client(address)) {
            client.newDeployResourceCommand().addProcessModel(taskThenUserTask(), "durable.bpmn").send().join();
            client.newPinClockCommand().time(PINNED).send().join(); // deadlines then do not depend on how long a restart takes
            for (int i = 0; i < 20; i++) {
                instances.add(client.newCreateInstanceCommand().bpmnProcessId("durable").latestVersion()
                        .variables(Map.of("n", i)).send().join().getProcessInstanceKey());
            }
            List<ActivatedJob> jobs = new ArrayList<>();
            while (jobs.size() < 20) {
                jobs.addAll(client.newActivateJobsCommand().jobType("pdsa.durable").maxJobsToActivate(20 - jobs.size())
                        .timeout(Duration.ofMinutes(5)).send().join().getJobs());
            }
            for (ActivatedJob job : jobs.subList(0, 10)) {
                client.newCompleteCommand(job).variables(Map.of("done", true)).send().join();
                completedJobsInstances.add(job.getProcessInstanceKey());
            }
            jobs.subList(10, 20).forEach(job -> openJobs.add(job.getKey()));
            // a user task assigned and changed right before the kill
            long reviewed = jobs.get(0).getProcessInstanceKey();
            long task = client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(reviewed)).send().join().items().get(0)
                    .getUserTaskKey();
            client.newAssignUserTaskCommand(task).assignee("alice").send().join();
            client.newUpdateUserTaskCommand(task).priority(99).send().join();
            assignedTask[0] = task;

            // when the process is killed right after the last acknowledgement
            processes.get(0).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        // then a restart on the same data directory has all of it
        URI restarted = startEngineProcess();
        try (CamundaClient client = client(restarted)) {
            for (long key : instances) {
                assertThat(client.newProcessInstanceGetRequest(key).send().join().getState())
                        .isEqualTo(ProcessInstanceState.ACTIVE);
            }
            var tasks = client.newUserTaskSearchRequest().filter(f -> f.elementId("task_review")).send().join().items();
            assertThat(tasks).extracting(t -> t.getProcessInstanceKey()).containsExactlyInAnyOrderElementsOf(completedJobsInstances);
            var assigned = client.newUserTaskGetRequest(assignedTask[0]).send().join();
            assertThat(assigned.getAssignee()).isEqualTo("alice");
            assertThat(assigned.getPriority()).isEqualTo(99);

            // the open jobs are still activated: nothing to activate before their deadline...
            var early = client.newActivateJobsCommand().jobType("pdsa.durable").maxJobsToActivate(20)
                    .requestTimeout(Duration.ofMillis(100)).send().join().getJobs();
            assertThat(early).isEmpty();
            // ...and activatable again (same keys) once it passed
            client.newPinClockCommand().time(PINNED.plus(Duration.ofMinutes(6))).send().join();
            Set<Long> reactivated = new HashSet<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (reactivated.size() < 10 && System.nanoTime() < until) {
                client.newActivateJobsCommand().jobType("pdsa.durable").maxJobsToActivate(20)
                        .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs()
                        .forEach(job -> {
                            reactivated.add(job.getKey());
                            client.newCompleteCommand(job).send().join();
                        });
            }
            assertThat(reactivated).isEqualTo(openJobs);
            var allTasks = client.newUserTaskSearchRequest().filter(f -> f.elementId("task_review")).send().join().items();
            assertThat(allTasks).hasSize(20);
        }
    }

    @Test
    void shouldKeepTimersAndBufferedMessagesWhenKilledAndRestarted() throws Exception {
        // given an instance waiting on a one-hour timer and a buffered message, in an engine process that is then killed
        dataDir = Files.createTempDirectory("pdsa-durability-events");
        URI address = startEngineProcess();
        long timed;
        try (CamundaClient client = client(address)) {
            client.newPinClockCommand().time(PINNED).send().join();
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("durable_timer").startEvent()
                    .intermediateCatchEvent("timer_hour", e -> e.timerWithDuration("PT1H"))
                    .serviceTask("task_timed", t -> t.zeebeJobType("pdsa.durable-timer")).endEvent().done(), "durable_timer.bpmn")
                    .addProcessModel(Bpmn.createExecutableProcess("durable_message").startEvent()
                    .intermediateCatchEvent("message_paid", e -> e.message(m -> m.name("paid").zeebeCorrelationKeyExpression("orderId")))
                    .serviceTask("task_paid", t -> t.zeebeJobType("pdsa.durable-paid")).endEvent().done(), "durable_message.bpmn")
                    .send().join();
            timed = client.newCreateInstanceCommand().bpmnProcessId("durable_timer").latestVersion().send().join()
                    .getProcessInstanceKey();
            client.newPublishMessageCommand().messageName("paid").correlationKey("o-1").timeToLive(Duration.ofHours(1))
                    .variables(Map.of("amount", 12)).send().join();

            // when
            processes.get(0).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        // then after a restart the buffered message still correlates and the timer still fires
        URI restarted = startEngineProcess();
        try (CamundaClient client = client(restarted)) {
            long paying = client.newCreateInstanceCommand().bpmnProcessId("durable_message").latestVersion()
                    .variables(Map.of("orderId", "o-1")).send().join().getProcessInstanceKey();
            var paid = client.newActivateJobsCommand().jobType("pdsa.durable-paid").maxJobsToActivate(5)
                    .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs();
            assertThat(paid).singleElement().satisfies(job -> {
                assertThat(job.getProcessInstanceKey()).isEqualTo(paying);
                assertThat(job.getVariablesAsMap()).containsEntry("amount", 12);
            });
            client.newPinClockCommand().time(PINNED.plus(Duration.ofHours(2))).send().join();
            var fired = client.newActivateJobsCommand().jobType("pdsa.durable-timer").maxJobsToActivate(5)
                    .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs();
            assertThat(fired).singleElement().satisfies(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(timed));
        }
    }

    @Test
    void shouldKeepAWaitingMultiInstanceCallActivityAndATimerInsideASubProcessWhenKilledAndRestarted() throws Exception {
        // given a programme calling a cycle per provider (one of three done) and a sub-process waiting on a timer
        dataDir = Files.createTempDirectory("pdsa-durability-structure");
        URI address = startEngineProcess();
        long programme;
        long window;
        try (CamundaClient client = client(address)) {
            client.newPinClockCommand().time(PINNED).send().join();
            client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("durable_cycle").startEvent()
                    .serviceTask("task_cycle", t -> t.zeebeJobType("pdsa.durable-cycle")).endEvent().done(), "durable_cycle.bpmn")
                    .addProcessModel(Bpmn.createExecutableProcess("durable_programme").startEvent()
                    // children's variables are not propagated: with them, each child's copy of "done" would overwrite the
                    // collection (Zeebe behaves the same, camunda/camunda#11476)
                    .callActivity("call_cycles", c -> c.zeebeProcessId("durable_cycle").zeebePropagateAllChildVariables(false)
                            .multiInstance(m -> m.parallel()
                            .zeebeInputCollectionExpression("providers").zeebeInputElement("provider")
                            .zeebeOutputCollection("done").zeebeOutputElementExpression("provider")))
                    .endEvent().done(), "durable_programme.bpmn")
                    .addProcessModel(Bpmn.createExecutableProcess("durable_window").startEvent()
                    .subProcess("subprocess_do", s -> s.embeddedSubProcess().startEvent()
                            .intermediateCatchEvent("timer_window", e -> e.timerWithDuration("PT1H"))
                            .serviceTask("task_window_over", t -> t.zeebeJobType("pdsa.durable-window")).endEvent())
                    .endEvent().done(), "durable_window.bpmn")
                    .send().join();
            programme = client.newCreateInstanceCommand().bpmnProcessId("durable_programme").latestVersion()
                    .variables(Map.of("providers", List.of("p1", "p2", "p3"))).send().join().getProcessInstanceKey();
            window = client.newCreateInstanceCommand().bpmnProcessId("durable_window").latestVersion().send().join()
                    .getProcessInstanceKey();
            ActivatedJob first = client.newActivateJobsCommand().jobType("pdsa.durable-cycle").maxJobsToActivate(1)
                    .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs().get(0);
            client.newCompleteCommand(first).send().join();

            // when
            processes.get(0).destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        // then after a restart the other two cycles finish the programme and the timer inside the sub-process fires
        URI restarted = startEngineProcess();
        try (CamundaClient client = client(restarted)) {
            List<ActivatedJob> cycles = new ArrayList<>();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (cycles.size() < 2 && System.nanoTime() < until) {
                cycles.addAll(client.newActivateJobsCommand().jobType("pdsa.durable-cycle").maxJobsToActivate(5)
                        .requestTimeout(Duration.ofSeconds(2)).send().join().getJobs());
            }
            assertThat(cycles).hasSize(2);
            for (ActivatedJob cycle : cycles) client.newCompleteCommand(cycle).send().join();
            assertThat(client.newProcessInstanceGetRequest(programme).send().join().getState()).isEqualTo(ProcessInstanceState.COMPLETED);
            assertThat(client.newVariableSearchRequest().filter(f -> f.processInstanceKey(programme).name("done")).send().join()
                    .items()).singleElement().satisfies(v -> assertThat(v.getValue()).isEqualToIgnoringWhitespace("[\"p1\",\"p2\",\"p3\"]"));
            client.newPinClockCommand().time(PINNED.plus(Duration.ofHours(2))).send().join();
            var fired = client.newActivateJobsCommand().jobType("pdsa.durable-window").maxJobsToActivate(5)
                    .requestTimeout(Duration.ofSeconds(10)).send().join().getJobs();
            assertThat(fired).singleElement().satisfies(job -> assertThat(job.getProcessInstanceKey()).isEqualTo(window));
        }
    }

    private URI startEngineProcess() throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), PdsaCommand.class.getName(), "engine", "--port", "0",
                "--data", dataDir.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        processes.add(0, process);
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> out.lines().forEach(l -> { }), "engine-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(m.group(1));
            }
        }
        throw new IOException("the engine process ended before it listened");
    }

    private static CamundaClient client(URI address) {
        return CamundaClient.newClientBuilder().restAddress(address).build();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
