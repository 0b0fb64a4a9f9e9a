package org.pdsa.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Runtime API over HTTP, driven by a fake runtime client: the protocol as AWS documents it. */
class RuntimeApiServerTest {

    private static final String ARN = "arn:aws:lambda:eu-west-2:000000000000:function:probe";
    private static final Instant NOW = Instant.parse("2026-02-03T10:15:30Z");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private RuntimeApiServer server;
    private RuntimeApi api;

    @BeforeEach
    void startServer() throws IOException {
        start(InitType.ON_DEMAND);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void shouldHandTheNextEventWithLambdasHeaders() throws Exception {
        // given
        CompletableFuture<InvocationResult> result = api.submit("{\"n\":1}", Duration.ofSeconds(3));

        // when
        HttpResponse<String> next = get("invocation/next");

        // then
        assertThat(next.statusCode()).isEqualTo(200);
        assertThat(next.body()).isEqualTo("{\"n\":1}");
        assertThat(next.headers().firstValue("Lambda-Runtime-Aws-Request-Id")).isPresent();
        assertThat(next.headers().firstValue("Lambda-Runtime-Deadline-Ms"))
                .hasValue(Long.toString(NOW.toEpochMilli() + 3000));
        assertThat(next.headers().firstValue("Lambda-Runtime-Invoked-Function-Arn")).hasValue(ARN);
        assertThat(next.headers().firstValue("Lambda-Runtime-Trace-Id").orElseThrow())
                .matches("Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=0");
        assertThat(result).isNotDone();
    }

    @Test
    void shouldBlockNextUntilAnEventArrives() throws Exception {
        // given a runtime waiting for work
        CompletableFuture<HttpResponse<String>> next = http.sendAsync(
                request("invocation/next").GET().build(), HttpResponse.BodyHandlers.ofString());
        api.settled().get(10, TimeUnit.SECONDS);
        assertThat(next).isNotDone();

        // when
        api.submit("{\"late\":true}", Duration.ofSeconds(3));

        // then
        assertThat(next.get(10, TimeUnit.SECONDS).body()).isEqualTo("{\"late\":true}");
    }

    @Test
    void shouldAcceptTheResponseAndSettleTheInvocation() throws Exception {
        // given
        CompletableFuture<InvocationResult> result = api.submit("{}", Duration.ofSeconds(3));
        String requestId = requestIdOf(get("invocation/next"));

        // when
        HttpResponse<String> accepted = post("invocation/" + requestId + "/response", "{\"ok\":true}", null);

        // then
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(accepted.body()).path("status").asText()).isEqualTo("OK");
        assertThat(result.get(1, TimeUnit.SECONDS)).isEqualTo(new InvocationResult.Success("{\"ok\":true}"));
    }

    @Test
    void shouldRefuseAResponseForAnUnknownRequestId() throws Exception {
        // when
        HttpResponse<String> refused = post("invocation/no-such-id/response", "{}", null);

        // then
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(errorType(refused)).isEqualTo("InvalidRequestID");
    }

    @Test
    void shouldRefuseASecondResponseForTheSameInvocation() throws Exception {
        // given
        api.submit("{}", Duration.ofSeconds(3));
        String requestId = requestIdOf(get("invocation/next"));
        post("invocation/" + requestId + "/response", "{\"first\":true}", null);

        // when
        HttpResponse<String> second = post("invocation/" + requestId + "/response", "{\"second\":true}", null);
        HttpResponse<String> error = post("invocation/" + requestId + "/error", "{}", "Runtime.Unknown");

        // then
        assertThat(second.statusCode()).isEqualTo(403);
        assertThat(errorType(second)).isEqualTo("InvalidStateTransition");
        assertThat(error.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAResponseOverSixMegabytesAndFailTheInvocation() throws Exception {
        // given
        CompletableFuture<InvocationResult> result = api.submit("{}", Duration.ofSeconds(3));
        String requestId = requestIdOf(get("invocation/next"));
        String tooLarge = "\"" + "x".repeat(RuntimeApi.MAX_RESPONSE_BYTES) + "\"";

        // when
        HttpResponse<String> refused = post("invocation/" + requestId + "/response", tooLarge, null);

        // then
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(errorType(refused)).isEqualTo("RequestEntityTooLarge");
        assertThat(result.get(1, TimeUnit.SECONDS)).isInstanceOfSatisfying(InvocationResult.FunctionError.class,
                error -> assertThat(error.errorType()).isEqualTo("Function.ResponseSizeTooLarge"));
    }

    @Test
    void shouldTakeTheErrorTypeFromTheErrorDocumentElseFromTheHeader() throws Exception {
        // given
        CompletableFuture<InvocationResult> typed = api.submit("{}", Duration.ofSeconds(3));
        CompletableFuture<InvocationResult> untyped = api.submit("{}", Duration.ofSeconds(3));
        String first = requestIdOf(get("invocation/next"));
        post("invocation/" + first + "/error",
                "{\"errorMessage\":\"boom\",\"errorType\":\"java.lang.IllegalStateException\",\"stackTrace\":[]}",
                "Runtime.UserException");
        String second = requestIdOf(get("invocation/next"));

        // when
        HttpResponse<String> accepted = post("invocation/" + second + "/error", "not json", "Runtime.BadFunctionCode");

        // then
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(typed.get(1, TimeUnit.SECONDS)).isInstanceOfSatisfying(InvocationResult.FunctionError.class, error -> {
            assertThat(error.errorType()).isEqualTo("java.lang.IllegalStateException");
            assertThat(error.errorMessage()).isEqualTo("boom");
        });
        assertThat(untyped.get(1, TimeUnit.SECONDS)).isEqualTo(
                new InvocationResult.FunctionError("Runtime.BadFunctionCode", null, "not json"));
    }

    @Test
    void shouldServeTheInitErrorToEveryInvocation() throws Exception {
        // given an event waiting while the runtime initialises
        CompletableFuture<InvocationResult> waiting = api.submit("{}", Duration.ofSeconds(3));

        // when
        HttpResponse<String> accepted = post("init/error",
                "{\"errorMessage\":\"no table\",\"errorType\":\"java.lang.IllegalStateException\"}",
                "Runtime.Unknown");

        // then
        assertThat(accepted.statusCode()).isEqualTo(202);
        InvocationResult.InitError expected = new InvocationResult.InitError("java.lang.IllegalStateException",
                "no table", "{\"errorMessage\":\"no table\",\"errorType\":\"java.lang.IllegalStateException\"}");
        assertThat(waiting.get(1, TimeUnit.SECONDS)).isEqualTo(expected);
        assertThat(api.submit("{}", Duration.ofSeconds(3)).get(1, TimeUnit.SECONDS)).isEqualTo(expected);
        assertThat(get("invocation/next").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseAnInitErrorAfterInitialisation() throws Exception {
        // given
        api.submit("{}", Duration.ofSeconds(3));
        get("invocation/next");

        // when
        HttpResponse<String> refused = post("init/error", "{}", "Runtime.Unknown");

        // then
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(errorType(refused)).isEqualTo("InvalidStateTransition");
    }

    @Test
    void shouldRestoreOnceUnderSnapStartAndNeverOnDemand() throws Exception {
        // given
        HttpResponse<String> onDemand = get("restore/next");
        server.close();
        start(InitType.SNAP_START);

        // when
        HttpResponse<String> restored = get("restore/next");
        HttpResponse<String> again = get("restore/next");

        // then
        assertThat(onDemand.statusCode()).isEqualTo(403);
        assertThat(restored.statusCode()).isEqualTo(200);
        assertThat(api.snapshotAtNanos()).isPresent();
        assertThat(again.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAnswerUnknownPathsAndMethodsWithClearErrors() throws Exception {
        // when
        HttpResponse<String> unknown = get("invocation");
        HttpResponse<String> wrongMethod = post("invocation/next", "{}", null);

        // then
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(JSON.readTree(wrongMethod.body()).path("errorMessage").asText())
                .isEqualTo("POST is not allowed on /2018-06-01/runtime/invocation/next");
    }

    @Test
    void shouldReleaseAWaitingRuntimeWhenClosed() throws Exception {
        // given
        CompletableFuture<HttpResponse<String>> next = http.sendAsync(
                request("invocation/next").GET().build(), HttpResponse.BodyHandlers.ofString());
        api.settled().get(10, TimeUnit.SECONDS);

        // when
        api.close();

        // then
        assertThat(next.get(10, TimeUnit.SECONDS).statusCode()).isEqualTo(500);
    }

    private void start(InitType initType) throws IOException {
        api = new RuntimeApi(ARN, initType, Clock.fixed(NOW, ZoneOffset.UTC));
        server = RuntimeApiServer.start(api);
    }

    private HttpRequest.Builder request(String resource) {
        return HttpRequest.newBuilder(URI.create("http://" + server.address() + "/2018-06-01/runtime/" + resource))
                .timeout(Duration.ofSeconds(30));
    }

    private HttpResponse<String> get(String resource) throws Exception {
        return http.send(request(resource).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String resource, String body, String errorType) throws Exception {
        HttpRequest.Builder builder = request(resource).POST(HttpRequest.BodyPublishers.ofString(body));
        if (errorType != null) {
            builder.header("Lambda-Runtime-Function-Error-Type", errorType);
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String requestIdOf(HttpResponse<String> next) {
        return next.headers().firstValue("Lambda-Runtime-Aws-Request-Id").orElseThrow();
    }

    private static String errorType(HttpResponse<String> response) throws IOException {
        JsonNode body = JSON.readTree(response.body());
        return body.path("errorType").asText();
    }
}
