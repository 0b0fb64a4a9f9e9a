package org.pdsa.local.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.testing.LocalEngineTest;

@LocalEngineTest
class UserTaskSearchTest {
    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
    private CamundaClient client;
    private long alice;
    private long bob;
    private long nobody;
    private long done;

    @BeforeEach
    void createTasks(CamundaClient client) {
        this.client = client;
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("review").startEvent()
                .userTask("task_review", u -> u.zeebeUserTask().zeebeAssigneeExpression("who").zeebeCandidateGroupsExpression("groups")
                        .zeebeCandidateUsersExpression("users").zeebeDueDateExpression("due").zeebeTaskPriorityExpression("prio"))
                .endEvent().done(), "review.bpmn").send().join();
        alice = create(0, Map.of("who", "alice", "groups", List.of("quality"), "users", "", "due", "2030-01-10T00:00:00Z", "prio", 10, "cycle", 1));
        bob = create(1, Map.of("who", "bob", "groups", List.of("quality", "ward-a"), "users", "erin", "due", "2030-01-05T00:00:00Z",
                "prio", 90, "cycle", 2));
        nobody = create(2, Map.of("groups", List.of("ward-a"), "users", "erin,frank", "due", "2030-01-20T00:00:00Z", "prio", 50,
                "cycle", 3));
        done = create(3, Map.of("who", "alice", "groups", List.of(), "users", "", "due", "2030-01-01T12:00:00Z", "prio", 70, "cycle", 4));
        client.newCompleteUserTaskCommand(done).variables(Map.of("outcome", "adopt")).send().join();
    }

    private long create(int minute, Map<String, Object> variables) {
        client.newPinClockCommand().time(T0.plusSeconds(60L * minute)).send().join();
        Map<String, Object> vars = new java.util.HashMap<>(variables);
        vars.putIfAbsent("who", null);
        long instance = client.newCreateInstanceCommand().bpmnProcessId("review").latestVersion().variables(vars).send().join()
                .getProcessInstanceKey();
        return client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items().get(0).getUserTaskKey();
    }

    private static List<Long> keys(SearchResponse<UserTask> response) {
        return response.items().stream().map(UserTask::getUserTaskKey).toList();
    }

    @Test
    void shouldFindOpenAndFinishedTasksByAssigneeAndState() {
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.assignee("alice")).send().join())).containsExactly(alice, done);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.assignee("alice").state(UserTaskState.CREATED)).send().join()))
                .containsExactly(alice);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.state(UserTaskState.COMPLETED)).send().join())).containsExactly(done);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.assignee(a -> a.exists(false))).send().join())).containsExactly(nobody);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.assignee(a -> a.in("bob", "carol"))).send().join()))
                .containsExactly(bob);
    }

    @Test
    void shouldFindTasksByCandidateGroupAndUser() {
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.candidateGroup("ward-a")).send().join())).containsExactly(bob, nobody);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.candidateUser("frank")).send().join())).containsExactly(nobody);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.candidateGroup(g -> g.like("war*"))).send().join()))
                .containsExactly(bob, nobody);
    }

    @Test
    void shouldFindTasksByPriorityAndDateRanges() {
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.priority(p -> p.gte(50))).send().join()))
                .containsExactly(bob, nobody, done);
        assertThat(keys(client.newUserTaskSearchRequest()
                .filter(f -> f.dueDate(d -> d.gte(OffsetDateTime.parse("2030-01-05T00:00:00Z")).lt(OffsetDateTime.parse("2030-01-15T00:00:00Z"))))
                .send().join())).containsExactly(alice, bob);
        assertThat(keys(client.newUserTaskSearchRequest()
                .filter(f -> f.creationDate(d -> d.gt(OffsetDateTime.parse("2030-01-01T00:01:00Z")))).send().join()))
                .containsExactly(nobody, done);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.completionDate(d -> d.exists(true))).send().join()))
                .containsExactly(done);
    }

    @Test
    void shouldFindTasksByProcessInstanceAndLocalVariables() {
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.processInstanceVariables(Map.of("cycle", 2))).send().join()))
                .containsExactly(bob);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.processInstanceVariables(Map.of("outcome", "\"adopt\""))).send().join()))
                .containsExactly(done);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.processInstanceVariables(Map.of("cycle", 9))).send().join())).isEmpty();
        long scope = client.newUserTaskGetRequest(nobody).send().join().getElementInstanceKey();
        client.newSetVariablesCommand(scope).variables(Map.of("flag", true)).local(true).send().join();
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.localVariables(Map.of("flag", true))).send().join()))
                .containsExactly(nobody);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.localVariables(Map.of("cycle", 3))).send().join())).isEmpty();
    }

    @Test
    void shouldFindTasksByKeysAndDefinition() {
        UserTask task = client.newUserTaskGetRequest(bob).send().join();
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.userTaskKey(bob)).send().join())).containsExactly(bob);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.elementInstanceKey(task.getElementInstanceKey())).send().join()))
                .containsExactly(bob);
        assertThat(keys(client.newUserTaskSearchRequest().filter(f -> f.processDefinitionKey(task.getProcessDefinitionKey())
                .bpmnProcessId("review").elementId("task_review").tenantId("<default>")).send().join())).hasSize(4);
    }

    @Test
    void shouldSortByPriorityAndDueDate() {
        assertThat(keys(client.newUserTaskSearchRequest().sort(s -> s.priority().desc()).send().join()))
                .containsExactly(bob, done, nobody, alice);
        assertThat(keys(client.newUserTaskSearchRequest().sort(s -> s.dueDate().asc()).send().join()))
                .containsExactly(done, bob, alice, nobody);
        assertThat(keys(client.newUserTaskSearchRequest().sort(s -> s.creationDate().desc()).send().join()))
                .containsExactly(done, nobody, bob, alice);
    }

    @Test
    void shouldPageByOffsetAndByCursor() {
        // offset
        SearchResponse<UserTask> first = client.newUserTaskSearchRequest().sort(s -> s.creationDate().asc()).page(p -> p.limit(2)).send().join();
        assertThat(keys(first)).containsExactly(alice, bob);
        assertThat(first.page().totalItems()).isEqualTo(4);
        assertThat(keys(client.newUserTaskSearchRequest().sort(s -> s.creationDate().asc()).page(p -> p.from(2).limit(2)).send().join()))
                .containsExactly(nobody, done);

        // cursor forward and back
        SearchResponse<UserTask> next = client.newUserTaskSearchRequest().sort(s -> s.creationDate().asc())
                .page(p -> p.after(first.page().endCursor()).limit(2)).send().join();
        assertThat(keys(next)).containsExactly(nobody, done);
        assertThat(next.page().totalItems()).isEqualTo(4);
        SearchResponse<UserTask> back = client.newUserTaskSearchRequest().sort(s -> s.creationDate().asc())
                .page(p -> p.before(next.page().startCursor()).limit(1)).send().join();
        assertThat(keys(back)).containsExactly(bob);
    }

    @Test
    void shouldRefuseAnUnknownSortFieldStateOrFilter() {
        assertThatThrownBy(() -> client.newUserTaskSearchRequest().filter(f -> f.tags("urgent")).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("tags");
                });
        assertThatThrownBy(() -> client.newUserTaskSearchRequest().page(p -> p.after("not-a-cursor")).send().join())
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.code()).isEqualTo(400);
                    assertThat(e.details().getDetail()).contains("page.after");
                });
    }
}
