package org.pdsa.api;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.pdsa.codes.Coded;

/**
 * The API's JSON: domain records as they are, dates as ISO text, coded enums by their wire code
 * ({@code no-signal}), exact decimals, nulls left out.
 */
public final class ApiJson {

    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // helpers such as DateRange.isOrdered() or UserTaskInfo.isOpen() are not data
            .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
            .addModule(new SimpleModule("pdsa-api")
                    .addSerializer(LocalDate.class, text())
                    .addSerializer(Instant.class, text())
                    .addSerializer(OffsetDateTime.class, text())
                    .addSerializer(Coded.class, new JsonSerializer<>() {
                        @Override
                        public void serialize(Coded value, JsonGenerator gen, SerializerProvider provider)
                                throws IOException {
                            gen.writeString(value.code());
                        }
                    }))
            .build();

    private ApiJson() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** A value as a JSON tree (records, maps, lists), written the API's way. */
    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }

    /** Stored JSON text (an SPC analysis) as a tree, or the text itself if it is not JSON. */
    public static JsonNode parseStored(String json) {
        if (json == null) {
            return null;
        }
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return MAPPER.getNodeFactory().textNode(json);
        }
    }

    private static <T> JsonSerializer<T> text() {
        return new JsonSerializer<>() {
            @Override
            public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.toString());
            }
        };
    }
}
