package org.pdsa.local.engine.rest;

import io.javalin.config.RoutesConfig;

/** {@code GET /v2/topology}: one broker, one partition, always the healthy leader. */
public final class TopologyRoutes implements RouteGroup {
    static final String VERSION = "8.9.0";
    private final EngineApi engine;

    public TopologyRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get("/v2/topology", ctx -> ResponseJson.send(ctx, 200, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("brokers");
            json.writeStartObject();
            json.writeNumberField("nodeId", 0);
            json.writeStringField("host", "localhost");
            json.writeNumberField("port", engine.port());
            json.writeArrayFieldStart("partitions");
            json.writeStartObject();
            json.writeNumberField("partitionId", 1);
            json.writeStringField("role", "leader");
            json.writeStringField("health", "healthy");
            json.writeEndObject();
            json.writeEndArray();
            json.writeStringField("version", VERSION);
            json.writeEndObject();
            json.writeEndArray();
            json.writeStringField("clusterId", "pdsa-local");
            json.writeNumberField("clusterSize", 1);
            json.writeNumberField("partitionsCount", 1);
            json.writeNumberField("replicationFactor", 1);
            json.writeStringField("gatewayVersion", VERSION);
            json.writeStringField("lastCompletedChangeId", "-1");
            json.writeEndObject();
        }));
    }
}
