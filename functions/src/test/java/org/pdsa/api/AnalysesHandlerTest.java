package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysesHandlerTest {

    private final AnalysesHandler handler = new AnalysesHandler();

    @Test
    void shouldAnalyseTheSeriesOfARealApiGatewayEvent() throws Exception {
        // given: a base64-encoded body, as API Gateway may deliver it
        APIGatewayV2HTTPEvent event = Events.load("post-analyses-spc.json");

        // when
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        // then
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json");
        JsonNode body = ApiJson.MAPPER.readTree(response.getBody());
        assertThat(body.path("segments").get(0).path("mean").decimalValue()).isEqualByComparingTo("11.2");
        assertThat(body.path("segments").get(0).path("trialLimits").asBoolean()).isTrue();
        assertThat(body.path("points")).hasSize(5);
        assertThat(body.path("variationIcon").asText()).isEqualTo("common-cause");
    }

    @Test
    void shouldAnswer422NamingTheBadPoint() throws Exception {
        // given
        APIGatewayV2HTTPEvent event = Events.load("post-analyses-spc.json");
        event.setIsBase64Encoded(false);
        event.setBody("{\"points\": [{\"date\": \"2024-01-01\", \"value\": \"ten\"}]}");

        // when
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        // then
        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/problem+json");
        JsonNode problem = ApiJson.MAPPER.readTree(response.getBody());
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("points[0].value");
        assertThat(problem.path("instance").asText()).isEqualTo("/analyses/spc");
    }

    @Test
    void shouldAnswer400ForMalformedJson() throws Exception {
        // given
        APIGatewayV2HTTPEvent event = Events.load("post-analyses-spc.json");
        event.setIsBase64Encoded(false);
        event.setBody("{\"points\": [");

        // when
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        // then
        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(ApiJson.MAPPER.readTree(response.getBody()).path("detail").asText())
                .startsWith("the request body is not valid JSON");
    }

    @Test
    void shouldAnswer401WithoutClaims() throws Exception {
        // given
        APIGatewayV2HTTPEvent event = Events.load("post-analyses-spc.json");
        event.getRequestContext().setAuthorizer(null);

        // when
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        // then
        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(response.getHeaders()).containsEntry("WWW-Authenticate", "Bearer");
    }

    @Test
    void shouldAnswer404ForARouteOfAnotherArea() {
        // given
        APIGatewayV2HTTPEvent event = Events.load("get-health-no-auth.json");

        // when
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);

        // then
        assertThat(response.getStatusCode()).isEqualTo(404);
    }

    @Test
    void shouldServeHealthWithoutClaims() {
        APIGatewayV2HTTPResponse response = new HealthHandler().handleRequest(Events.load("get-health-no-auth.json"), null);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).isEqualTo(Map.of("Content-Type", "application/json"));
    }
}
