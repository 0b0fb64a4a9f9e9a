package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/** Process instance search over running and finished instances: running (a), completed (b), terminated (c), with an incident (d). */
@LocalEngineTest
class ProcessInstanceSearchTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private CamundaClient client;
    private long v1;
    private long a;
    private long b;
    private long c;
    private long d;

    @BeforeEach
    void createInstances(CamundaClient client) {
        this.client = client;
        v1 = deploy("Measure");
        a = create(0, "p1");
        b = create(1, "p2");
        client.newCompleteCommand(jobOf(b)).send().join();
        deploy("Measure again");
        c = create(2, "p1");
        client.newCancelInstanceCommand(c).send().join();
        d = create(3, "p3");
        client.newFailCommand(jobOf(d)).retries(0).errorMessage("no data").send().join();
    }

    private long deploy(String name) {
        return client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("cycle").name(name).startEvent()
                .serviceTask("task_measure", t -> t.zeebeJobType("pdsa.measure")).endEvent().done(), "cycle.bpmn").send().join()
                .getProcesses().get(0).getProcessDefinitionKey();
    }

    private long create(int minute, String provider) {
        client.newPinClockCommand().time(T0.plusSeconds(60L * minute)).send().join();
        return client.newCreateInstanceCommand().bpmnProcessId("cycle").latestVersion().variables(Map.of("provider", provider))
                .send().join().getProcessInstanceKey();
    }

    private long jobOf(long instance) {
        return client.newJobSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0).getJobKey();
    }

    private List<Long> search(Consumer<io.camunda.client.api.search.filter.ProcessInstanceFilter> filter) {
        return keys(client.newProcessInstanceSearchRequest().filter(filter).send().join());
    }

    private static List<Long> keys(SearchResponse<ProcessInstance> response) {
        return response.items().stream().map(ProcessInstance::getProcessInstanceKey).toList();
    }

    @Test
    void shouldFindRunningAndFinishedInstancesByState() {
        assertThat(search(f -> f.state(ProcessInstanceState.ACTIVE))).containsExactly(a, d);
        assertThat(search(f -> f.state(ProcessInstanceState.COMPLETED))).containsExactly(b);
        assertThat(search(f -> f.state(ProcessInstanceState.TERMINATED))).containsExactly(c);
        assertThat(search(f -> f.state(s -> s.in(ProcessInstanceState.COMPLETED, ProcessInstanceState.TERMINATED)))).containsExactly(b, c);
    }

    @Test
    void shouldFindInstancesByDefinitionAndVersion() {
        assertThat(search(f -> f.processDefinitionId("cycle"))).containsExactly(a, b, c, d);
        assertThat(search(f -> f.processDefinitionKey(v1))).containsExactly(a, b);
        assertThat(search(f -> f.processDefinitionVersion(2))).containsExactly(c, d);
        assertThat(search(f -> f.processDefinitionName(n -> n.like("*again")))).containsExactly(c, d);
        assertThat(search(f -> f.processDefinitionId("other"))).isEmpty();
    }

    @Test
    void shouldFindInstancesByDateRangesIncidentsAndVariables() {
        assertThat(search(f -> f.startDate(s -> s.gte(OffsetDateTime.parse("2030-01-01T00:01:00Z"))
                .lt(OffsetDateTime.parse("2030-01-01T00:03:00Z"))))).containsExactly(b, c);
        assertThat(search(f -> f.endDate(e -> e.exists(true)))).containsExactly(b, c);
        assertThat(search(f -> f.hasIncident(true))).containsExactly(d);
        assertThat(search(f -> f.variables(Map.of("provider", "\"p1\"")))).containsExactly(a, c);
        assertThat(search(f -> f.parentProcessInstanceKey(p -> p.exists(false)))).containsExactly(a, b, c, d);
        assertThat(search(f -> f.elementId("task_measure").elementInstanceState(io.camunda.client.api.search.enums.ElementInstanceState.COMPLETED)))
                .containsExactly(b);
    }

    @Test
    void shouldCombineAlternativesWithOr() {
        assertThat(search(f -> f.orFilters(List.of(o -> o.state(ProcessInstanceState.COMPLETED), o -> o.hasIncident(true)))))
                .containsExactly(b, d);
    }

    @Test
    void shouldSortAndPage() {
        assertThat(keys(client.newProcessInstanceSearchRequest().sort(s -> s.startDate().desc()).send().join())).containsExactly(d, c, b, a);
        SearchResponse<ProcessInstance> page = client.newProcessInstanceSearchRequest().sort(s -> s.processInstanceKey().asc())
                .page(p -> p.from(1).limit(2)).send().join();
        assertThat(keys(page)).containsExactly(b, c);
        assertThat(page.page().totalItems()).isEqualTo(4);
        assertThat(keys(client.newProcessInstanceSearchRequest().sort(s -> s.processInstanceKey().asc())
                .page(p -> p.after(page.page().endCursor())).send().join())).containsExactly(d);
    }

    @Test
    void shouldGetAFinishedInstance() {
        ProcessInstance completed = client.newProcessInstanceGetRequest(b).send().join();
        assertThat(completed.getState()).isEqualTo(ProcessInstanceState.COMPLETED);
        assertThat(completed.getStartDate().toInstant()).isEqualTo(T0.plusSeconds(60));
        assertThat(completed.getEndDate()).isNotNull();
        assertThat(client.newProcessInstanceGetRequest(c).send().join().getState()).isEqualTo(ProcessInstanceState.TERMINATED);
    }

    @Test
    void shouldRefuseAFilterOfTheWrongType() {
        assertThatThrownBy(() -> client.newProcessInstanceSearchRequest().filter(f -> f.batchOperationId("op-1")).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("batchOperationId");
                });
    }
}
