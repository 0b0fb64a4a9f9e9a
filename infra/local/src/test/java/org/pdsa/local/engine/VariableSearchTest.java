package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class VariableSearchTest {
    private CamundaClient client;
    private long running;
    private long finished;
    private long taskScope;

    @BeforeEach
    void createInstances(CamundaClient client) {
        this.client = client;
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("vars").startEvent()
                .serviceTask("task_measure", t -> t.zeebeJobType("pdsa.vars").zeebeInput("=count + 1", "next"))
                .endEvent().done(), "vars.bpmn").send().join();
        running = client.newCreateInstanceCommand().bpmnProcessId("vars").latestVersion()
                .variables(Map.of("count", 4, "label", "ward a", "data", Map.of("weeks", List.of(1, 2)))).send().join().getProcessInstanceKey();
        finished = client.newCreateInstanceCommand().bpmnProcessId("vars").latestVersion().variables(Map.of("count", 7)).send().join()
                .getProcessInstanceKey();
        var jobs = client.newJobSearchRequest().send().join().items();
        taskScope = jobs.stream().filter(j -> j.getProcessInstanceKey() == running).findFirst().orElseThrow().getElementInstanceKey();
        long finishedJob = jobs.stream().filter(j -> j.getProcessInstanceKey() == finished).findFirst().orElseThrow().getJobKey();
        client.newCompleteCommand(finishedJob).variables(Map.of("result", "ok")).send().join();
    }

    private List<String> namesAndValues(List<Variable> variables) {
        return variables.stream().map(v -> v.getName() + "=" + v.getValue()).toList();
    }

    @Test
    void shouldListVariablesOfRunningAndFinishedInstancesAsJsonText() {
        // when
        var ofRunning = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(running)).send().join().items();
        var ofFinished = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(finished)).send().join().items();

        // then
        assertThat(namesAndValues(ofRunning)).containsExactlyInAnyOrder("count=4", "label=\"ward a\"", "data={\"weeks\":[1,2]}", "next=5");
        assertThat(namesAndValues(ofFinished)).containsExactlyInAnyOrder("count=7", "result=\"ok\"");
        assertThat(ofRunning).filteredOn(v -> v.getName().equals("next")).singleElement()
                .satisfies(v -> assertThat(v.getScopeKey()).isEqualTo(taskScope));
        assertThat(ofRunning).filteredOn(v -> v.getName().equals("count")).singleElement()
                .satisfies(v -> assertThat(v.getScopeKey()).isEqualTo(running));
    }

    @Test
    void shouldFilterByNameValueAndScope() {
        assertThat(namesAndValues(client.newVariableSearchRequest().filter(f -> f.name("count")).send().join().items()))
                .containsExactlyInAnyOrder("count=4", "count=7");
        assertThat(namesAndValues(client.newVariableSearchRequest().filter(f -> f.name("count").value("7")).send().join().items()))
                .containsExactly("count=7");
        assertThat(namesAndValues(client.newVariableSearchRequest().filter(f -> f.scopeKey(taskScope)).send().join().items()))
                .containsExactly("next=5");
        assertThat(namesAndValues(client.newVariableSearchRequest().filter(f -> f.name(n -> n.like("la*"))).send().join().items()))
                .containsExactly("label=\"ward a\"");
        assertThat(client.newVariableSearchRequest().filter(f -> f.isTruncated(true)).send().join().items()).isEmpty();
    }

    @Test
    void shouldSortByNameAndGetOneByKey() {
        var sorted = client.newVariableSearchRequest().filter(f -> f.processInstanceKey(running)).sort(s -> s.name().desc()).send().join();
        assertThat(sorted.items()).extracting(Variable::getName).containsExactly("next", "label", "data", "count");
        Variable label = sorted.items().get(1);
        Variable byKey = client.newVariableGetRequest(label.getVariableKey()).send().join();
        assertThat(byKey.getName()).isEqualTo("label");
        assertThat(byKey.getValue()).isEqualTo("\"ward a\"");
        assertThat(byKey.getProcessInstanceKey()).isEqualTo(running);
    }

    @Test
    void shouldTruncateLongValuesInSearchesButNotWhenFetchedByKey() {
        // given
        String big = "x".repeat(10_000);
        client.newSetVariablesCommand(running).variables(Map.of("report", big)).send().join();

        // when
        Variable found = client.newVariableSearchRequest().filter(f -> f.name("report")).send().join().items().get(0);

        // then
        assertThat(found.isTruncated()).isTrue();
        assertThat(found.getValue()).hasSize(8191);
        assertThat(client.newVariableGetRequest(found.getVariableKey()).send().join().getValue()).hasSize(10_002);
    }

    @Test
    void shouldSetVariablesLocallyOrPropagated() {
        // when a local variable is set on the task and an existing one is updated from the task's scope
        client.newSetVariablesCommand(taskScope).variables(Map.of("note", "local")).local(true).send().join();
        client.newSetVariablesCommand(taskScope).variables(Map.of("count", 5, "fresh", true)).send().join();

        // then
        assertThat(namesAndValues(client.newVariableSearchRequest().filter(f -> f.scopeKey(taskScope)).send().join().items()))
                .containsExactlyInAnyOrder("next=5", "note=\"local\"");
        assertThat(namesAndValues(client.newVariableSearchRequest().filter(f -> f.scopeKey(running)).send().join().items()))
                .contains("count=5", "fresh=true");
    }

    @Test
    void shouldRefuseSettingVariablesOnAnUnknownOrFinishedElementInstance() {
        assertThatThrownBy(() -> client.newSetVariablesCommand(finished).variables(Map.of("x", 1)).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
        assertThatThrownBy(() -> client.newVariableGetRequest(42L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }
}
