package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.commands.MessageCommands;

/** {@code POST /v2/messages/publication} (buffered with a time to live) and {@code POST /v2/messages/correlation} (now or 404). */
public final class MessageRoutes implements RouteGroup {
    private final EngineApi engine;

    public MessageRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/v2/messages/publication", ctx -> {
            byte[] body = Http.bodyBytes(ctx);
            MessageCommands.Publish publish = Http.body(body, MessageCommands.Publish::decode);
            Http.respond(ctx, engine.submit(CommandType.PUBLISH_MESSAGE, 0, body, publish), (c, value) -> {
                MessageCommands.Published published = (MessageCommands.Published) value;
                ResponseJson.send(c, 200, json -> {
                    json.writeStartObject();
                    json.writeStringField("tenantId", published.tenantId());
                    ResponseJson.key(json, "messageKey", published.messageKey());
                    json.writeEndObject();
                });
            });
        });
        routes.post("/v2/messages/correlation", ctx -> {
            byte[] body = Http.bodyBytes(ctx);
            MessageCommands.Correlate correlate = Http.body(body, MessageCommands.Correlate::decode);
            Http.respond(ctx, engine.submit(CommandType.CORRELATE_MESSAGE, 0, body, correlate), (c, value) -> {
                MessageCommands.Correlated correlated = (MessageCommands.Correlated) value;
                ResponseJson.send(c, 200, json -> {
                    json.writeStartObject();
                    json.writeStringField("tenantId", correlated.tenantId());
                    ResponseJson.key(json, "messageKey", correlated.messageKey());
                    ResponseJson.optionalKey(json, "processInstanceKey", correlated.processInstanceKey());
                    json.writeEndObject();
                });
            });
        });
    }
}
