package org.pdsa.local.engine.processing.commands;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Decodes journaled JSON bodies into command payloads (the same code path as live requests). */
public final class CommandJson {
    /** Lenient on unknown fields (clients send more than we read), strict on JSON syntax. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private CommandJson() {}

    /** Parses a body; an empty body reads as an empty object. Throws IllegalArgumentException on malformed JSON. */
    public static <T> T read(byte[] body, Class<T> type) {
        try {
            if (body == null || body.length == 0) return MAPPER.readValue("{}", type);
            T value = MAPPER.readValue(body, type);
            return value != null ? value : MAPPER.readValue("{}", type);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
