package org.pdsa.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * JSON for the nested parts of items (plans, timelines, evidence, histories): the domain records as they
 * are, dates as ISO text. Built once; plain records need no annotations.
 */
final class StoreJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // helpers such as DateRange.isOrdered() are not data
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addModule(new SimpleModule("iso-dates")
                    .addSerializer(LocalDate.class, textSerializer())
                    .addDeserializer(LocalDate.class, textDeserializer(LocalDate::parse))
                    .addSerializer(Instant.class, textSerializer())
                    .addDeserializer(Instant.class, textDeserializer(Instant::parse)))
            .build();

    private StoreJson() {
    }

    /**
     * Writes and reads back a small record of the kinds stored (text, dates, an instant, a list): Jackson's
     * serialiser and deserialiser machinery, loaded before the first real item needs it.
     */
    static void prime() {
        Sample sample = new Sample("sample", LocalDate.EPOCH, Instant.EPOCH, java.util.List.of("a"), 1.5);
        if (!sample.equals(read(write(sample), Sample.class))) {
            throw new IllegalStateException("a sample record did not survive a JSON round trip");
        }
    }

    /** The record {@link #prime()} writes and reads. */
    private record Sample(String id, LocalDate date, Instant at, java.util.List<String> items, double value) {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored " + type.getSimpleName() + " is not readable: " + e.getOriginalMessage(), e);
        }
    }

    static <T> T read(String json, com.fasterxml.jackson.core.type.TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored value is not readable: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> JsonSerializer<T> textSerializer() {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
                gen.writeString(value.toString());
            }
        };
    }

    private static <T> JsonDeserializer<T> textDeserializer(Function<String, T> parse) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return parse.apply(p.getValueAsString());
            }
        };
    }
}
