package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.commands.Deploy;
import org.pdsa.local.engine.processing.commands.DeploymentResult;

/**
 * {@code POST /v2/deployments} (multipart {@code resources}, optional {@code tenantId}). BPMN is
 * parsed and checked here, on the HTTP thread, so the processor only registers the result.
 */
public final class DeploymentRoutes implements RouteGroup {
    static final String DEFAULT_TENANT = "<default>";
    private final EngineApi engine;

    public DeploymentRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/deployments", ctx -> {
            Deploy deploy = read(ctx);
            Http.respond(ctx, engine.submit(CommandType.DEPLOY, 0, deploy.encode(), deploy),
                    (c, value) -> ResponseJson.send(c, 200, json -> write(json, (DeploymentResult) value)));
        });
    }

    private Deploy read(Context ctx) throws IOException {
        String contentType = ctx.contentType();
        if (contentType == null || !contentType.toLowerCase().startsWith("multipart/form-data")) {
            throw ProblemException.badRequest("Expected a multipart/form-data request with one or more 'resources' parts");
        }
        List<UploadedFile> uploads = ctx.uploadedFiles("resources");
        if (uploads.isEmpty()) throw ProblemException.badRequest("Expected at least one 'resources' part, but none given");
        String tenant = ctx.formParam("tenantId");
        if (tenant == null || tenant.isBlank()) tenant = DEFAULT_TENANT;
        List<Deploy.File> files = new ArrayList<>();
        Map<String, BpmnTransformer.Result> transformed = new HashMap<>();
        for (UploadedFile upload : uploads) {
            byte[] content;
            try (InputStream in = upload.content()) {
                content = in.readAllBytes();
            }
            String name = upload.filename() == null || upload.filename().isBlank() ? "resource" : upload.filename();
            files.add(new Deploy.File(name, content));
            String lower = name.toLowerCase();
            if (lower.endsWith(".bpmn") || lower.endsWith(".bpmn20.xml")) {
                transformed.put(name, engine.transformer().transform(name, content));
            }
        }
        return new Deploy(tenant, files, transformed);
    }

    private static void write(JsonGenerator json, DeploymentResult result) throws IOException {
        json.writeStartObject();
        ResponseJson.key(json, "deploymentKey", result.deploymentKey());
        json.writeStringField("tenantId", result.tenantId());
        json.writeArrayFieldStart("deployments");
        for (DeploymentResult.Deployed d : result.deployments()) {
            json.writeStartObject();
            if (d.processDefinition() != null) {
                var p = d.processDefinition();
                json.writeObjectFieldStart("processDefinition");
                json.writeStringField("processDefinitionId", p.processDefinitionId());
                json.writeNumberField("processDefinitionVersion", p.processDefinitionVersion());
                json.writeStringField("resourceName", p.resourceName());
                json.writeStringField("tenantId", p.tenantId());
                ResponseJson.key(json, "processDefinitionKey", p.processDefinitionKey());
                json.writeEndObject();
            }
            if (d.decisionDefinition() != null) {
                var dd = d.decisionDefinition();
                json.writeObjectFieldStart("decisionDefinition");
                json.writeStringField("decisionDefinitionId", dd.decisionDefinitionId());
                json.writeNumberField("version", dd.version());
                json.writeStringField("name", dd.name());
                json.writeStringField("tenantId", dd.tenantId());
                json.writeStringField("decisionRequirementsId", dd.decisionRequirementsId());
                ResponseJson.key(json, "decisionDefinitionKey", dd.decisionDefinitionKey());
                ResponseJson.key(json, "decisionRequirementsKey", dd.decisionRequirementsKey());
                json.writeEndObject();
            }
            if (d.decisionRequirements() != null) {
                var dr = d.decisionRequirements();
                json.writeObjectFieldStart("decisionRequirements");
                json.writeStringField("decisionRequirementsId", dr.decisionRequirementsId());
                json.writeStringField("decisionRequirementsName", dr.decisionRequirementsName());
                json.writeNumberField("version", dr.version());
                json.writeStringField("resourceName", dr.resourceName());
                json.writeStringField("tenantId", dr.tenantId());
                ResponseJson.key(json, "decisionRequirementsKey", dr.decisionRequirementsKey());
                json.writeEndObject();
            }
            if (d.form() != null) {
                var f = d.form();
                json.writeObjectFieldStart("form");
                json.writeStringField("formId", f.formId());
                json.writeNumberField("version", f.version());
                json.writeStringField("resourceName", f.resourceName());
                json.writeStringField("tenantId", f.tenantId());
                ResponseJson.key(json, "formKey", f.formKey());
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
