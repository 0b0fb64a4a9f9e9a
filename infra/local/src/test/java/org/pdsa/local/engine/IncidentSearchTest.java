package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.Incident;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

/** Three incidents: a job without retries (resolved), a job without retries (active), a FEEL failure (active). */
@LocalEngineTest
class IncidentSearchTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private CamundaClient client;
    private long jobIncident;
    private long resolved;
    private long feelIncident;
    private long jobInstance;

    @BeforeEach
    void raiseIncidents(CamundaClient client) {
        this.client = client;
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("broken").startEvent()
                .serviceTask("task_fetch", t -> t.zeebeJobType("pdsa.fetch")).endEvent().done(), "broken.bpmn").send().join();
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("feel").startEvent()
                .serviceTask("task_calc", t -> t.zeebeJobTypeExpression("kind + 1")).endEvent().done(), "feel.bpmn").send().join();
        resolved = failedJobIncident(0);
        jobIncident = failedJobIncident(1);
        client.newPinClockCommand().time(T0.plusSeconds(120)).send().join();
        long feelInstance = client.newCreateInstanceCommand().bpmnProcessId("feel").latestVersion().variables(Map.of("kind", "x"))
                .send().join().getProcessInstanceKey();
        feelIncident = client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(feelInstance)).send().join().items().get(0)
                .getIncidentKey();
        long job = client.newIncidentGetRequest(resolved).send().join().getJobKey();
        client.newUpdateRetriesCommand(job).retries(1).send().join();
        client.newResolveIncidentCommand(resolved).send().join();
    }

    private long failedJobIncident(int minute) {
        client.newPinClockCommand().time(T0.plusSeconds(60L * minute)).send().join();
        jobInstance = client.newCreateInstanceCommand().bpmnProcessId("broken").latestVersion().send().join().getProcessInstanceKey();
        long instance = jobInstance;
        long job = client.newJobSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0).getJobKey();
        client.newFailCommand(job).retries(0).errorMessage("provider " + minute + " down").send().join();
        return client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0).getIncidentKey();
    }

    private List<Long> search(java.util.function.Consumer<io.camunda.client.api.search.filter.IncidentFilter> filter) {
        return client.newIncidentSearchRequest().filter(filter).send().join().items().stream().map(Incident::getIncidentKey).toList();
    }

    @Test
    void shouldFindActiveAndResolvedIncidents() {
        assertThat(search(f -> f.state(IncidentState.ACTIVE))).containsExactly(jobIncident, feelIncident);
        assertThat(search(f -> f.state(IncidentState.RESOLVED))).containsExactly(resolved);
        assertThat(client.newIncidentGetRequest(resolved).send().join().getState()).isEqualTo(IncidentState.RESOLVED);
    }

    @Test
    void shouldFilterByTypeMessageElementDefinitionAndTime() {
        assertThat(search(f -> f.errorType(IncidentErrorType.JOB_NO_RETRIES))).containsExactly(resolved, jobIncident);
        assertThat(search(f -> f.errorType(IncidentErrorType.EXTRACT_VALUE_ERROR))).containsExactly(feelIncident);
        assertThat(search(f -> f.errorMessage(m -> m.like("provider 1*")))).containsExactly(jobIncident);
        assertThat(search(f -> f.elementId("task_calc").processDefinitionId("feel"))).containsExactly(feelIncident);
        assertThat(search(f -> f.creationTime(t -> t.gte(OffsetDateTime.parse("2030-01-01T00:01:00Z"))))).containsExactly(jobIncident, feelIncident);
        assertThat(search(f -> f.processInstanceKey(jobInstance).jobKey(j -> j.exists(true)))).containsExactly(jobIncident);
    }

    @Test
    void shouldSearchTheIncidentsOfOneProcessInstanceAndOfOneElementInstance() {
        assertThat(client.newIncidentsByProcessInstanceSearchRequest(jobInstance).send().join().items())
                .extracting(Incident::getIncidentKey).containsExactly(jobIncident);
        long element = client.newIncidentGetRequest(feelIncident).send().join().getElementInstanceKey();
        assertThat(client.newIncidentsByElementInstanceSearchRequest(element).send().join().items())
                .extracting(Incident::getIncidentKey).containsExactly(feelIncident);
        assertThatThrownBy(() -> client.newIncidentsByProcessInstanceSearchRequest(99L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
    }

    @Test
    void shouldSortByCreationTimeDescending() {
        assertThat(client.newIncidentSearchRequest().sort(s -> s.creationTime().desc()).send().join().items())
                .extracting(Incident::getIncidentKey).containsExactly(feelIncident, jobIncident, resolved);
    }

    @Test
    void shouldGetAnIncidentWithItsDetailsAndRefuseUnknownKeys() {
        Incident incident = client.newIncidentGetRequest(feelIncident).send().join();
        assertThat(incident.getErrorType()).isEqualTo(IncidentErrorType.EXTRACT_VALUE_ERROR);
        assertThat(incident.getElementId()).isEqualTo("task_calc");
        assertThat(incident.getCreationTime().toInstant()).isEqualTo(T0.plusSeconds(120));
        assertThatThrownBy(() -> client.newIncidentGetRequest(99L).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.code()).isEqualTo(404));
        assertThat(search(f -> f.state(s -> s.like("RES*")))).containsExactly(resolved);
    }
}
