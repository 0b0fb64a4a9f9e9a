package org.pdsa.camunda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ClientHttpException;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.Form;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.pdsa.container.Lazy;

/**
 * {@link ProcessEngine} on camunda-client-java (REST). The client is created on first use, so a handler that
 * never talks to Camunda does not pay for it at cold start.
 */
public final class CamundaProcessEngine implements ProcessEngine, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VARIABLE_PAGE = 1000;

    private final Lazy<CamundaClient> client;
    private final Lazy<EngineClock> clock;
    private final boolean ownsClient;

    /** {@code ownsClient}: whether {@link #close()} closes the client (true when this engine creates it). */
    public CamundaProcessEngine(Supplier<CamundaClient> client, Supplier<EngineClock> clock, boolean ownsClient) {
        this.client = new Lazy<>(client);
        this.clock = new Lazy<>(clock);
        this.ownsClient = ownsClient;
    }

    /** An engine on its own client for {@code settings}. */
    public static CamundaProcessEngine connect(CamundaSettings settings) {
        CredentialsProvider credentials = CamundaClients.credentials(settings);
        return new CamundaProcessEngine(() -> CamundaClients.create(settings, credentials),
                () -> new EngineClock(settings.restAddress(), credentials, Clock.systemUTC()), true);
    }

    /** An engine on an existing client (e.g. the local stack's), reading the clock at {@code settings}. */
    public static CamundaProcessEngine using(CamundaClient existing, CamundaSettings settings) {
        return new CamundaProcessEngine(() -> existing,
                () -> new EngineClock(settings.restAddress(), CamundaClients.credentials(settings), Clock.systemUTC()), false);
    }

    /** The container's engine, on {@link CamundaClients#shared()}. */
    public static CamundaProcessEngine shared() {
        return new CamundaProcessEngine(CamundaClients::shared, () -> {
            CamundaSettings settings = CamundaClients.sharedSettings();
            return new EngineClock(settings.restAddress(), CamundaClients.sharedCredentials(), Clock.systemUTC());
        }, false);
    }

    @Override
    public long startProcess(String processId, Map<String, Object> variables) {
        return call("start process " + processId, () -> client.get().newCreateInstanceCommand()
                .bpmnProcessId(processId).latestVersion().variables(variables).send().join().getProcessInstanceKey());
    }

    @Override
    public void publishMessage(String name, String correlationKey, Duration timeToLive, Map<String, Object> variables) {
        call("publish message " + name, () -> client.get().newPublishMessageCommand().messageName(name)
                .correlationKey(correlationKey).timeToLive(timeToLive).variables(variables).send().join());
    }

    @Override
    public List<UserTaskInfo> searchTasks(TaskQuery query) {
        Map<String, Object> variableFilters = new HashMap<>();
        query.processVariables().forEach((name, value) -> variableFilters.put(name, json(value)));
        List<UserTask> found = call("search user tasks", () -> client.get().newUserTaskSearchRequest()
                .filter(f -> {
                    if (query.state() != null) {
                        f.state(UserTaskState.valueOf(query.state()));
                    }
                    if (query.assignee() != null) {
                        f.assignee(query.assignee());
                    }
                    if (!query.candidateGroups().isEmpty()) {
                        f.candidateGroup(p -> p.in(query.candidateGroups()));
                    }
                    if (query.candidateUser() != null) {
                        f.candidateUser(query.candidateUser());
                    }
                    if (!variableFilters.isEmpty()) {
                        f.processInstanceVariables(variableFilters);
                    }
                })
                .page(p -> p.limit(query.limit()))
                .send().join().items());
        return found.stream().map(CamundaProcessEngine::info).toList();
    }

    @Override
    public Optional<UserTaskInfo> task(long userTaskKey) {
        return optional("get user task " + userTaskKey,
                () -> info(client.get().newUserTaskGetRequest(userTaskKey).send().join()));
    }

    @Override
    public Optional<TaskForm> form(long userTaskKey) {
        return optional("get the form of user task " + userTaskKey, () -> {
            Form form = client.get().newUserTaskGetFormRequest(userTaskKey).send().join();
            return form == null || form.getSchema() == null ? null
                    : new TaskForm(form.getFormId(), form.getVersion(), form.getFormKey(), form.getSchema());
        });
    }

    @Override
    public Map<String, JsonNode> taskVariables(long userTaskKey) {
        UserTaskInfo task = task(userTaskKey).orElseThrow(() ->
                new EngineException(EngineException.Kind.NOT_FOUND, "no user task " + userTaskKey));
        List<Variable> variables = call("search the variables of user task " + userTaskKey, () -> client.get()
                .newUserTaskVariableSearchRequest(userTaskKey).withFullValues()
                .page(p -> p.limit(VARIABLE_PAGE)).send().join().items());
        return VariableScopes.innermost(task, variables.stream()
                .map(v -> new VariableScopes.Scoped(v.getName(), v.getScopeKey(), parse(v.getValue())))
                .toList());
    }

    @Override
    public Map<Long, Map<String, JsonNode>> processVariables(Collection<Long> processInstanceKeys,
                                                            Collection<String> names) {
        Map<Long, Map<String, JsonNode>> byInstance = new HashMap<>();
        if (processInstanceKeys.isEmpty() || names.isEmpty()) {
            return byInstance;
        }
        List<Long> keys = List.copyOf(processInstanceKeys);
        List<String> wanted = List.copyOf(names);
        List<Variable> variables = call("search process variables", () -> client.get().newVariableSearchRequest()
                .filter(f -> f.processInstanceKey(p -> p.in(keys)).name(p -> p.in(wanted)))
                .withFullValues()
                .page(p -> p.limit(VARIABLE_PAGE)).send().join().items());
        for (Variable v : variables) {
            // the root scope only: a task's or sub-process's local variable of the same name is another thing
            if (v.getScopeKey() != null && v.getScopeKey().equals(v.getProcessInstanceKey())) {
                byInstance.computeIfAbsent(v.getProcessInstanceKey(), k -> new HashMap<>()).put(v.getName(),
                        parse(v.getValue()));
            }
        }
        return byInstance;
    }

    @Override
    public void assignTask(long userTaskKey, String assignee) {
        call("assign user task " + userTaskKey, () -> client.get().newAssignUserTaskCommand(userTaskKey)
                .assignee(assignee).allowOverride(false).send().join());
    }

    @Override
    public void completeTask(long userTaskKey, Map<String, Object> variables) {
        call("complete user task " + userTaskKey, () -> client.get().newCompleteUserTaskCommand(userTaskKey)
                .variables(variables).send().join());
    }

    @Override
    public Instant now() {
        return clock.get().now();
    }

    /** Closes the client if this engine created it (and it was ever used). */
    @Override
    public void close() {
        if (ownsClient) {
            client.ifCreated(CamundaClient::close);
        }
    }

    static UserTaskInfo info(UserTask t) {
        return new UserTaskInfo(t.getUserTaskKey(), t.getName(), t.getElementId(),
                t.getState() == null ? null : t.getState().name(), t.getAssignee(), t.getCandidateGroups(),
                t.getCandidateUsers(), t.getProcessInstanceKey(), t.getElementInstanceKey(), t.getBpmnProcessId(),
                t.getFormKey(), t.getCreationDate(), t.getDueDate(), t.getFollowUpDate(), t.getPriority());
    }

    /** Variable values arrive as JSON text; a value that is not JSON is kept as the text it is. */
    static JsonNode parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return JSON.readTree(value);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(value);
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write a filter value as JSON: " + value, e);
        }
    }

    private static <T> Optional<T> optional(String what, Supplier<T> request) {
        try {
            return Optional.ofNullable(call(what, request));
        } catch (EngineException e) {
            if (e.kind() == EngineException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (ClientHttpException e) {
            throw new EngineException(kind(e.code()), what + ": " + e.getMessage(), e);
        } catch (ClientException e) {
            throw new EngineException(EngineException.Kind.UNAVAILABLE, what + ": " + e.getMessage(), e);
        }
    }

    private static EngineException.Kind kind(int status) {
        if (status == 404) {
            return EngineException.Kind.NOT_FOUND;
        }
        if (status == 409) {
            return EngineException.Kind.CONFLICT;
        }
        return status >= 400 && status < 500 ? EngineException.Kind.REJECTED : EngineException.Kind.UNAVAILABLE;
    }
}
