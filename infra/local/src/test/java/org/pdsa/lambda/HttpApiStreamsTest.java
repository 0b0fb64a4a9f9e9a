package org.pdsa.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pdsa.local.template.SampleEvents;

/** Our reading and writing of HTTP API events matches the Lambda runtime client's own serialiser. */
class HttpApiStreamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> events() throws IOException {
        try (InputStream in = HttpApiStreamsTest.class.getResourceAsStream("/org/pdsa/local/bench/events/apigw-v2-get-health.json")) {
            String health = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Stream.concat(Stream.of(health), SampleEvents.REQUESTS.values().stream()
                    .map(request -> SampleEvents.httpEvent(request, Instant.parse("2024-01-11T07:06:40Z"))));
        }
    }

    @ParameterizedTest
    @MethodSource("events")
    void shouldReadAnEventAsTheRuntimeClientDoes(String event) throws IOException {
        // given Lambda's own deserialiser of the event type, as the runtime client uses it for typed handlers
        PojoSerializer<APIGatewayV2HTTPEvent> lambda = LambdaEventSerializers.serializerFor(APIGatewayV2HTTPEvent.class,
                getClass().getClassLoader());

        // when both read the event
        APIGatewayV2HTTPEvent theirs = lambda.fromJson(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)));
        APIGatewayV2HTTPEvent ours = HttpApiStreams.read(JSON.readTree(event));

        // then every property a handler can see is the same
        assertThat((Object) JSON.valueToTree(ours)).isEqualTo(JSON.valueToTree(theirs));
    }

    @ParameterizedTest
    @MethodSource("responses")
    void shouldWriteAResponseAsTheRuntimeClientDoes(APIGatewayV2HTTPResponse response) throws IOException {
        // given
        PojoSerializer<APIGatewayV2HTTPResponse> lambda = LambdaEventSerializers.serializerFor(
                APIGatewayV2HTTPResponse.class, getClass().getClassLoader());
        ByteArrayOutputStream theirs = new ByteArrayOutputStream();

        // when
        lambda.toJson(response, theirs);

        // then
        assertThat((Object) HttpApiStreams.write(response)).isEqualTo(JSON.readTree(theirs.toByteArray()));
    }

    static Stream<APIGatewayV2HTTPResponse> responses() {
        return Stream.of(
                APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(Map.of("Content-Type", "application/json"))
                        .withBody("{\"status\":\"ok\"}").build(),
                APIGatewayV2HTTPResponse.builder().withStatusCode(201).withHeaders(Map.of("Location", "/cycles/c1"))
                        .withCookies(List.of("a=b")).withBody("{}").withIsBase64Encoded(false).build());
    }
}
