package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** API Gateway HTTP API (payload 2.0) events from JSON fixtures, read with plain Jackson. */
final class Events {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private Events() {
    }

    static APIGatewayV2HTTPEvent load(String fixture) {
        try {
            return JSON.readValue(Fixtures.text("events/" + fixture), APIGatewayV2HTTPEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
