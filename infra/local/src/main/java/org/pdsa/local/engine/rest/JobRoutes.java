package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.util.Map;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.commands.ActivatedJob;
import org.pdsa.local.engine.processing.commands.ActivatedJobs;
import org.pdsa.local.engine.processing.commands.JobCommands;

/** Job failure, BPMN error and update (activation and completion are hot routes: {@link HotRoutes}). */
public final class JobRoutes implements RouteGroup {
    private final EngineApi engine;

    public JobRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/jobs/{jobKey}/failure", ctx -> {
            long key = Http.key(ctx, "jobKey");
            byte[] body = Http.bodyBytes(ctx);
            JobCommands.Fail fail = Http.body(body, JobCommands.Fail::decode);
            Http.noContent(ctx, engine.submit(CommandType.FAIL_JOB, key, body, fail));
        });
        routes.post("/v2/jobs/{jobKey}/error", ctx -> {
            long key = Http.key(ctx, "jobKey");
            byte[] body = Http.bodyBytes(ctx);
            JobCommands.ThrowError error = Http.body(body, JobCommands.ThrowError::decode);
            Http.noContent(ctx, engine.submit(CommandType.THROW_JOB_ERROR, key, body, error));
        });
        routes.patch("/v2/jobs/{jobKey}", ctx -> {
            long key = Http.key(ctx, "jobKey");
            byte[] body = Http.bodyBytes(ctx);
            JobCommands.Update update = Http.body(body, JobCommands.Update::decode);
            Http.noContent(ctx, engine.submit(CommandType.UPDATE_JOB, key, body, update));
        });
    }

    static void writeJobs(JsonGenerator json, ActivatedJobs jobs) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("jobs");
        for (ActivatedJob job : jobs.jobs()) {
            json.writeStartObject();
            ResponseJson.key(json, "jobKey", job.jobKey());
            json.writeStringField("type", job.type());
            json.writeStringField("processDefinitionId", job.processDefinitionId());
            json.writeNumberField("processDefinitionVersion", job.processDefinitionVersion());
            json.writeStringField("elementId", job.elementId());
            json.writeObjectFieldStart("customHeaders");
            for (Map.Entry<String, String> header : job.customHeaders().entrySet()) {
                json.writeStringField(header.getKey(), header.getValue());
            }
            json.writeEndObject();
            json.writeStringField("worker", job.worker());
            json.writeNumberField("retries", job.retries());
            json.writeNumberField("deadline", job.deadline());
            ResponseJson.variables(json, "variables", job.variables());
            json.writeStringField("tenantId", job.tenantId());
            ResponseJson.key(json, "processInstanceKey", job.processInstanceKey());
            ResponseJson.key(json, "processDefinitionKey", job.processDefinitionKey());
            ResponseJson.key(json, "elementInstanceKey", job.elementInstanceKey());
            ResponseJson.key(json, "rootProcessInstanceKey", job.rootProcessInstanceKey());
            json.writeStringField("kind", "BPMN_ELEMENT");
            json.writeStringField("listenerEventType", "UNSPECIFIED");
            json.writeArrayFieldStart("tags");
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
