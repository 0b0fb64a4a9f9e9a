package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import java.io.ByteArrayInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.FormDefinition;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.Resource;

/**
 * Deployed resources (BPMN, DMN, forms) by key: {@code GET /v2/resources/{key}} and
 * {@code GET /v2/resources/{key}/content} (the file as deployed). Deleting resources is refused
 * with a clear problem: definitions are referenced by retained history.
 */
public final class ResourceRoutes implements RouteGroup {
    private final EngineApi engine;

    public ResourceRoutes(EngineApi engine) {
        this.engine = engine;
    }

    /** What the REST API shows of a resource. */
    record View(long key, String name, int version, String versionTag, String resourceId, String tenantId) {}

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v2/resources/{resourceKey}", ctx -> {
            long key = Http.key(ctx, "resourceKey");
            Http.respond(ctx, engine.query(state -> view(state, key)), (c, value) -> ResponseJson.send(c, 200, json -> {
                View v = (View) value;
                json.writeStartObject();
                json.writeStringField("resourceName", v.name());
                json.writeNumberField("version", v.version());
                json.writeStringField("versionTag", v.versionTag());
                json.writeStringField("resourceId", v.resourceId());
                json.writeStringField("tenantId", v.tenantId());
                ResponseJson.key(json, "resourceKey", v.key());
                json.writeEndObject();
            }));
        });
        routes.get("/v2/resources/{resourceKey}/content", ctx -> {
            long key = Http.key(ctx, "resourceKey");
            Http.respond(ctx, engine.query(state -> find(state, key)), (c, value) -> {
                Resource resource = (Resource) value;
                String lower = resource.name().toLowerCase();
                String type = lower.endsWith(".form") ? "text/plain; charset=UTF-8" : "text/xml; charset=UTF-8";
                ResponseJson.write(c, 200, type, resource.content());
            });
        });
        routes.post("/v2/resources/{resourceKey}/deletion", ctx -> {
            Http.key(ctx, "resourceKey");
            throw new ProblemException(501, "NOT_IMPLEMENTED", "Deleting resources is not supported by the local engine:"
                    + " retained instances, user tasks and incidents refer to their definitions. Deploy a new version instead.");
        });
    }

    private static Resource find(EngineState state, long key) {
        Resource resource = state.deployments().resource(key);
        if (resource == null) throw new RejectionException(Rejection.notFound("Resource with key '" + key + "' not found"));
        return resource;
    }

    private static View view(EngineState state, long key) {
        Resource resource = find(state, key);
        ProcessDefinition process = state.deployments().process(key);
        if (process != null) {
            return new View(key, resource.name(), process.version(), process.versionTag(), process.bpmnProcessId(), resource.tenantId());
        }
        FormDefinition form = state.deployments().form(key);
        if (form != null) return new View(key, resource.name(), form.version(), null, form.formId(), resource.tenantId());
        return new View(key, resource.name(), 1, null, xmlRootId(resource.content()), resource.tenantId());
    }

    /** The id of a DMN file's definitions element. */
    private static String xmlRootId(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            String id = factory.newDocumentBuilder().parse(new ByteArrayInputStream(content)).getDocumentElement().getAttribute("id");
            return id.isEmpty() ? null : id;
        } catch (Exception e) {
            return null;
        }
    }
}
