package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;

/**
 * Writes response bodies with Jackson's streaming generator (no intermediate DTOs on the hot
 * paths). Keys are written as JSON strings of digits, dates as ISO-8601 text, as the REST API does.
 */
public final class ResponseJson {
    /** Request attribute set once a body was written, so error mappers leave the answer alone. */
    static final String ANSWERED = "pdsa.answered";
    public static final ObjectMapper MAPPER = JsonMapper.builder().build();
    static final JsonFactory FACTORY = MAPPER.getFactory();

    /** Writes one value into an open generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private ResponseJson() {}

    public static void send(Context ctx, int status, Body body) {
        write(ctx, status, "application/json", bytes(body));
    }

    /** Renders a body to bytes. */
    static byte[] bytes(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.setCodec(MAPPER);
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Writes the body straight to the servlet response: Javalin's own result path copies the
     * body through a byte-at-a-time stream, which showed up as the responder's main cost.
     */
    static void write(Context ctx, int status, String contentType, byte[] body) {
        ctx.status(status).contentType(contentType);
        ctx.attribute(ANSWERED, Boolean.TRUE);
        try {
            ctx.res().setContentLength(body.length);
            ctx.res().getOutputStream().write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void key(JsonGenerator json, String field, long key) throws IOException {
        json.writeStringField(field, Long.toString(key));
    }

    /** A key that may be absent (0 or negative): written as null. */
    public static void optionalKey(JsonGenerator json, String field, long key) throws IOException {
        if (key > 0) json.writeStringField(field, Long.toString(key));
        else json.writeNullField(field);
    }

    public static void date(JsonGenerator json, String field, long epochMillis) throws IOException {
        if (epochMillis < 0) json.writeNullField(field);
        else json.writeStringField(field, Instant.ofEpochMilli(epochMillis).toString());
    }

    public static void variables(JsonGenerator json, String field, Map<String, Object> variables) throws IOException {
        json.writeFieldName(field);
        MAPPER.writeValue(json, variables == null ? Map.of() : variables);
    }
}
