package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.pdsa.local.engine.rest.search.SearchSpec;
import org.pdsa.local.engine.rest.search.Searches;
import org.pdsa.local.engine.state.Job;
import org.pdsa.local.engine.state.ProcessDefinition;

/**
 * {@code POST /v2/jobs/search} over the jobs the engine holds (activatable, activated, failed,
 * error thrown). Completed and cancelled jobs leave the engine's state, so they are not found.
 */
public final class JobSearchRoutes implements RouteGroup {
    private static final Set<String> STATES = Set.of("CREATED", "COMPLETED", "FAILED", "RETRIES_UPDATED", "TIMED_OUT", "CANCELED",
            "ERROR_THROWN", "MIGRATED");

    /** An immutable copy of a job. */
    record View(long key, String type, String worker, String state, int retries, long deadline, String errorCode, String errorMessage,
                String elementId, long elementInstanceKey, long processInstanceKey, long rootProcessInstanceKey,
                ProcessDefinition definition, Map<String, String> customHeaders, long creationTime) {

        boolean failedWithRetriesLeft() {
            return "FAILED".equals(state) && retries > 0;
        }
    }

    static final SearchSpec<View> SPEC = new SearchSpec<View>("job", View::key)
            .key("jobKey", View::key)
            .text("type", View::type)
            .text("worker", View::worker)
            .enumText("state", View::state, STATES)
            .enumText("kind", v -> "BPMN_ELEMENT", Set.of("BPMN_ELEMENT", "EXECUTION_LISTENER", "TASK_LISTENER", "AD_HOC_SUB_PROCESS"))
            .text("listenerEventType", v -> "UNSPECIFIED")
            .integer("retries", v -> (long) v.retries())
            .dateTime("deadline", View::deadline)
            .dateTime("creationTime", View::creationTime)
            .text("errorCode", v -> v.errorCode().isEmpty() ? null : v.errorCode())
            .text("errorMessage", v -> v.errorMessage().isEmpty() ? null : v.errorMessage())
            .bool("hasFailedWithRetriesLeft", View::failedWithRetriesLeft)
            .text("elementId", View::elementId)
            .key("elementInstanceKey", View::elementInstanceKey)
            .key("processInstanceKey", View::processInstanceKey)
            .key("processDefinitionKey", v -> v.definition().key())
            .text("processDefinitionId", v -> v.definition().bpmnProcessId())
            .text("tenantId", v -> v.definition().tenantId())
            .sort("jobKey", View::key)
            .sort("type", View::type)
            .sort("worker", View::worker)
            .sort("state", View::state)
            .sort("retries", View::retries)
            .sort("deadline", v -> v.deadline() < 0 ? null : v.deadline())
            .sort("errorCode", View::errorCode)
            .sort("errorMessage", View::errorMessage)
            .sort("elementId", View::elementId)
            .sort("elementInstanceKey", View::elementInstanceKey)
            .sort("processInstanceKey", View::processInstanceKey)
            .sort("processDefinitionKey", v -> v.definition().key())
            .sort("processDefinitionId", v -> v.definition().bpmnProcessId())
            .sort("hasFailedWithRetriesLeft", View::failedWithRetriesLeft)
            .sort("tenantId", v -> v.definition().tenantId());

    private final EngineApi engine;

    public JobSearchRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/jobs/search", ctx -> Searches.answer(ctx, engine, SPEC,
                (state, each) -> state.jobs().forEach(job -> each.accept(view(job, state.rootOf(job.processInstance().key())))),
                (state, v) -> v, JobSearchRoutes::write));
    }

    private static View view(Job job, long root) {
        String state = switch (job.state()) {
            case ACTIVATABLE, ACTIVATED -> "CREATED";
            case FAILED, FAILED_BACKOFF -> "FAILED";
            case ERROR_THROWN -> "ERROR_THROWN";
        };
        return new View(job.key(), job.type(), job.worker(), state, job.retries(), job.deadline(), job.errorCode(), job.errorMessage(),
                job.elementInstance().element().id(), job.elementInstance().key(), job.processInstance().key(), root,
                job.processInstance().definition(), job.customHeaders(), job.creationTime());
    }

    private static void write(JsonGenerator json, View v) throws IOException {
        json.writeStartObject();
        json.writeFieldName("customHeaders");
        ResponseJson.MAPPER.writeValue(json, v.customHeaders());
        ResponseJson.date(json, "deadline", v.deadline());
        json.writeNullField("deniedReason");
        json.writeStringField("elementId", v.elementId());
        ResponseJson.key(json, "elementInstanceKey", v.elementInstanceKey());
        json.writeNullField("endTime");
        json.writeStringField("errorCode", v.errorCode().isEmpty() ? null : v.errorCode());
        json.writeStringField("errorMessage", v.errorMessage().isEmpty() ? null : v.errorMessage());
        json.writeBooleanField("hasFailedWithRetriesLeft", v.failedWithRetriesLeft());
        json.writeBooleanField("isDenied", false);
        ResponseJson.key(json, "jobKey", v.key());
        json.writeStringField("kind", "BPMN_ELEMENT");
        json.writeStringField("listenerEventType", "UNSPECIFIED");
        json.writeStringField("processDefinitionId", v.definition().bpmnProcessId());
        ResponseJson.key(json, "processDefinitionKey", v.definition().key());
        ResponseJson.key(json, "processInstanceKey", v.processInstanceKey());
        ResponseJson.key(json, "rootProcessInstanceKey", v.rootProcessInstanceKey());
        json.writeNumberField("retries", v.retries());
        json.writeStringField("state", v.state());
        json.writeStringField("tenantId", v.definition().tenantId());
        json.writeStringField("type", v.type());
        json.writeStringField("worker", v.worker());
        ResponseJson.date(json, "creationTime", v.creationTime());
        json.writeNullField("lastUpdateTime");
        json.writeEndObject();
    }
}
