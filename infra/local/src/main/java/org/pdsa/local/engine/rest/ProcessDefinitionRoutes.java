package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.config.RoutesConfig;
import java.io.IOException;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.rest.search.SearchSpec;
import org.pdsa.local.engine.rest.search.Searches;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.FormDefinition;
import org.pdsa.local.engine.state.ProcessDefinition;

/**
 * Process definitions: {@code POST /v2/process-definitions/search}, {@code GET /v2/process-definitions/{key}},
 * {@code GET .../{key}/xml} (the deployed file as {@code text/xml}) and {@code GET .../{key}/form}
 * (the latest version of the form linked to the none start event; 204 when there is none).
 */
public final class ProcessDefinitionRoutes implements RouteGroup {
    private final EngineApi engine;
    private final StartForms startForms = new StartForms();
    private final SearchSpec<Item> spec = new SearchSpec<Item>("process definition", i -> i.definition().key())
            .key("processDefinitionKey", i -> i.definition().key())
            .text("processDefinitionId", i -> i.definition().bpmnProcessId())
            .text("name", i -> i.definition().name())
            .text("resourceName", i -> i.definition().resourceName())
            .integer("version", i -> (long) i.definition().version())
            .text("versionTag", i -> i.definition().versionTag())
            .text("tenantId", i -> i.definition().tenantId())
            .bool("isLatestVersion", Item::latest)
            .bool("hasStartForm", Item::hasStartForm)
            .sort("processDefinitionKey", i -> i.definition().key())
            .sort("name", i -> i.definition().name())
            .sort("resourceName", i -> i.definition().resourceName())
            .sort("version", i -> i.definition().version())
            .sort("versionTag", i -> i.definition().versionTag())
            .sort("processDefinitionId", i -> i.definition().bpmnProcessId())
            .sort("tenantId", i -> i.definition().tenantId());

    /** A definition with the facts that need state or the XML. */
    record Item(ProcessDefinition definition, boolean latest, boolean hasStartForm) {}

    public ProcessDefinitionRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/process-definitions/search", ctx -> Searches.answer(ctx, engine, spec,
                (state, each) -> state.deployments().processes().forEach(d -> each.accept(item(state, d))),
                (state, item) -> item, ProcessDefinitionRoutes::write));
        routes.get("/v2/process-definitions/{processDefinitionKey}", ctx -> {
            long key = Http.key(ctx, "processDefinitionKey");
            Http.respond(ctx, engine.query(state -> item(state, find(state, key))),
                    (c, value) -> ResponseJson.send(c, 200, json -> write(json, (Item) value)));
        });
        routes.get("/v2/process-definitions/{processDefinitionKey}/xml", ctx -> {
            long key = Http.key(ctx, "processDefinitionKey");
            Http.respond(ctx, engine.query(state -> find(state, key).resource().content()),
                    (c, value) -> ResponseJson.write(c, 200, "text/xml; charset=UTF-8", (byte[]) value));
        });
        routes.get("/v2/process-definitions/{processDefinitionKey}/form", ctx -> {
            long key = Http.key(ctx, "processDefinitionKey");
            Http.respond(ctx, engine.query(state -> {
                String formId = startForms.formId(find(state, key)).orElse(null);
                FormDefinition form = formId == null ? null : state.deployments().latestForm(formId);
                return form == null ? Boolean.FALSE : FormJson.View.of(form);
            }), (c, value) -> {
                if (value instanceof FormJson.View form) ResponseJson.send(c, 200, json -> FormJson.write(json, form));
                else c.status(204);
            });
        });
    }

    private Item item(EngineState state, ProcessDefinition d) {
        return new Item(d, state.deployments().latestProcess(d.bpmnProcessId()) == d, startForms.formId(d).isPresent());
    }

    private static ProcessDefinition find(EngineState state, long key) {
        ProcessDefinition definition = state.deployments().process(key);
        if (definition == null) throw new RejectionException(Rejection.notFound("Process definition with key '" + key + "' not found"));
        return definition;
    }

    private static void write(JsonGenerator json, Item item) throws IOException {
        ProcessDefinition d = item.definition();
        json.writeStartObject();
        json.writeStringField("name", d.name());
        json.writeStringField("resourceName", d.resourceName());
        json.writeNumberField("version", d.version());
        json.writeStringField("versionTag", d.versionTag());
        json.writeStringField("processDefinitionId", d.bpmnProcessId());
        json.writeStringField("tenantId", d.tenantId());
        ResponseJson.key(json, "processDefinitionKey", d.key());
        json.writeBooleanField("hasStartForm", item.hasStartForm());
        json.writeEndObject();
    }
}
