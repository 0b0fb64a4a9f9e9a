package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class HealthHandlerTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldAnswerOkAsJson() throws Exception {
        // given
        HealthHandler handler = new HealthHandler(json);
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("GET /health")
                .withRawPath("/health")
                .build();

        // when
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        // then
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        JsonNode body = json.readTree(response.getBody());
        assertThat(body).isEqualTo(json.createObjectNode().put("status", "ok"));
    }

    @Test
    void shouldAnswerTheSameWithTheRuntimeConstructor() {
        // given
        HealthHandler handler = new HealthHandler();

        // when
        APIGatewayV2HTTPResponse response = handler.handleRequest(new APIGatewayV2HTTPEvent(), null);

        // then
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getBody()).isEqualTo("{\"status\":\"ok\"}");
    }
}
