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
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage() + fieldOf(e), e);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** " (field 'a.b')" naming where a value of the wrong type was, or "" when the parser could not tell. */
    private static String fieldOf(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            else if (ref.getIndex() >= 0) path.append('[').append(ref.getIndex()).append(']');
        }
        return path.isEmpty() ? "" : " (field '" + path + "')";
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
