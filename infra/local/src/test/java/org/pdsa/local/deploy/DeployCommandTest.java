package org.pdsa.local.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.local.engine.LocalEngine;
import org.pdsa.local.engine.testing.LocalEngineTest;
import picocli.CommandLine;

@LocalEngineTest
class DeployCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldDeployEveryProcessAndFormOfAFolderAndPrintTheirKeysAndVersions(LocalEngine engine, CamundaClient client)
            throws IOException {
        // given a folder with a process and the form it links, and an element template to leave out
        Path folder = Files.createDirectories(dir.resolve("workflows"));
        Files.writeString(folder.resolve("review.bpmn"), Bpmn.convertToString(Bpmn.createExecutableProcess("review")
                .startEvent("start_review").userTask("task_review", t -> t.zeebeUserTask().zeebeFormId("review-form"))
                .endEvent("end_review").done()));
        Files.createDirectories(folder.resolve("forms"));
        Files.writeString(folder.resolve("forms/review.form"), "{\"id\":\"review-form\",\"type\":\"default\","
                + "\"schemaVersion\":18,\"components\":[{\"type\":\"textfield\",\"key\":\"note\",\"label\":\"Note\"}]}");
        Files.createDirectories(folder.resolve("element-templates"));
        Files.writeString(folder.resolve("element-templates/t.json"), "[]");

        // when deployed, then deployed again after a change to the process
        int first = deploy(folder, "--rest-address", engine.restAddress().toString());
        Files.writeString(folder.resolve("review.bpmn"), Bpmn.convertToString(Bpmn.createExecutableProcess("review")
                .name("Review").startEvent("start_review").userTask("task_review", t -> t.zeebeUserTask()
                        .zeebeFormId("review-form")).endEvent("end_review").done()));
        int second = deploy(folder, "--rest-address", engine.restAddress().toString());

        // then both deployments are printed, the changed process as version 2, under names inside the folder
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(first).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(second).isZero();
        assertThat(printed).contains("deployed to " + engine.restAddress())
                .containsPattern("process  review +version 1 +key \\d+")
                .containsPattern("process  review +version 2 +key \\d+")
                .containsPattern("form +review-form +version 1 +key \\d+ +\\(forms/review.form\\)")
                .contains("(review.bpmn)");
        assertThat(client.newCreateInstanceCommand().bpmnProcessId("review").latestVersion().send().join()
                .getVersion()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnElementCamunda88DoesNotRunAndDeployNothing(LocalEngine engine) throws IOException {
        // given a process with an inclusive gateway, outside the allow-list
        Path file = dir.resolve("inclusive.bpmn");
        Files.writeString(file, Bpmn.convertToString(Bpmn.createExecutableProcess("inclusive").startEvent("start_it")
                .inclusiveGateway("gateway_split").endEvent("end_it").done()));

        // when
        int exit = deploy(file, "--rest-address", engine.restAddress().toString());

        // then
        assertThat(exit).isEqualTo(DeployCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("nothing deployed", "gateway_split (inclusiveGateway)");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldCheckTheRepositorysWorkflowsWithoutDeploying() {
        // when
        int exit = deploy(Path.of("..", "..", "workflows"), "--check");

        // then
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("every BPMN element is one Camunda 8.8 runs");
    }

    @Test
    void shouldSayWhereItCouldNotReachCamunda() throws IOException {
        // given a port nothing listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path file = dir.resolve("one.bpmn");
        Files.writeString(file, Bpmn.convertToString(Bpmn.createExecutableProcess("one").startEvent("start_one")
                .endEvent("end_one").done()));

        // when
        int exit = deploy(file, "--rest-address", "http://127.0.0.1:" + port);

        // then
        assertThat(exit).isEqualTo(DeployCommand.REFUSED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot reach Camunda at http://127.0.0.1:" + port,
                "./pdsa up");
    }

    @Test
    void shouldRefuseAPathThatHoldsNothingToDeploy() {
        assertThat(deploy(dir.resolve("missing"))).isEqualTo(DeployCommand.BAD_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
    }

    private int deploy(Path path, String... options) {
        String[] args = new String[options.length + 1];
        System.arraycopy(options, 0, args, 0, options.length);
        args[options.length] = path.toString();
        return new CommandLine(new DeployCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of())).execute(args);
    }
}
