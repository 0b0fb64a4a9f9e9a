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
}
