package org.pdsa.local.engine.processing.commands;

import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.ProcessInstance;

/** Starts a process instance at its none start event; optionally holds the answer until it completes. */
public final class CreateProcessInstanceProcessor implements CommandProcessor {
    static final long DEFAULT_AWAIT_MILLIS = 10_000;

    @Override
    public void process(Command command, ProcessingContext context) {
        CreateProcessInstance request = (CreateProcessInstance) command.payload();
        ProcessDefinition definition = resolve(request, context);
        if (definition == null) return;
        if (definition.executable().root().noneStartEvent() == null) {
            context.reject(Rejection.invalidState("Expected to create instance of process with none start event, but there is no such event"
                    + " in process '" + definition.bpmnProcessId() + "' (it starts by timer or message only)"));
            return;
        }
        ProcessInstance instance = context.bpmn().createProcessInstance(definition, request.variables());
        if (!request.awaits()) {
            context.respond(result(instance, Map.of()));
            return;
        }
        if (instance.state() == ProcessInstance.State.COMPLETED) { // finished while being created
            context.respond(result(instance, InstanceAwaiters.select(instance, request.fetchVariables())));
            return;
        }
        long timeout = request.requestTimeout() == null || request.requestTimeout() <= 0 ? DEFAULT_AWAIT_MILLIS : request.requestTimeout();
        context.awaiters().await(instance.key(), context.command().response(), request.fetchVariables(), timeout);
    }

    private static ProcessDefinition resolve(CreateProcessInstance request, ProcessingContext context) {
        var deployments = context.state().deployments();
        if (request.processDefinitionKey() != null) {
            ProcessDefinition byKey = deployments.process(request.processDefinitionKey());
            if (byKey == null) {
                context.reject(Rejection.notFound("Expected to find process definition with key '"
                        + request.processDefinitionKey() + "', but none found"));
            }
            return byKey;
        }
        String id = request.processDefinitionId();
        if (id == null || id.isBlank()) {
            context.reject(Rejection.invalidArgument("Expected either a processDefinitionId or a processDefinitionKey, but none given"));
            return null;
        }
        Integer version = request.processDefinitionVersion();
        ProcessDefinition definition = version == null || version < 0 ? deployments.latestProcess(id) : deployments.process(id, version);
        if (definition == null) {
            context.reject(Rejection.notFound("Expected to find process definition with process ID '" + id + "'"
                    + (version == null || version < 0 ? "" : " and version '" + version + "'") + ", but none found"));
        }
        return definition;
    }

    static CreateProcessInstanceResult result(ProcessInstance instance, Map<String, Object> variables) {
        ProcessDefinition definition = instance.definition();
        return new CreateProcessInstanceResult(definition.bpmnProcessId(), definition.version(), definition.tenantId(),
                variables, definition.key(), instance.key(), List.of());
    }
}
