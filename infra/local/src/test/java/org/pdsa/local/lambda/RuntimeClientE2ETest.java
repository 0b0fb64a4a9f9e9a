package org.pdsa.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.local.lambda.testfunctions.BrokenAtInit;
import org.pdsa.local.lambda.testfunctions.CamundaRestProbe;
import org.pdsa.local.lambda.testfunctions.FailingHandlers;

/**
 * Runs functions from the packaged deployment package under the real Lambda runtime interface client,
 * each in its own JVM, through the Runtime API emulator: the runtime-client test of issue 4.
 */
class RuntimeClientE2ETest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path workDir;

    private static Path artifact;
    private static FunctionRunner runner;

    @BeforeAll
    static void locatePackage() {
        artifact = DeploymentPackage.locate();
        runner = FunctionRunner.create().withWorkDir(workDir);
    }

    @Test
    void shouldAnswerHealthCheckFromThePackagedArtifact() throws Exception {
        // given
        String event = fixture("/org/pdsa/local/bench/events/apigw-v2-get-health.json");

        try (RunningFunction health = runner.start("org.pdsa.api.HealthHandler::handleRequest", Map.of(), artifact)) {
            // when
            InvocationResult first = health.invoke(event);
            InvocationResult second = health.invoke(event);

            // then
            assertThat(health.initDuration()).isPositive();
            for (InvocationResult result : List.of(first, second)) {
                assertThat(result).isInstanceOf(InvocationResult.Success.class);
                JsonNode response = JSON.readTree(((InvocationResult.Success) result).payload());
                assertThat(response.path("statusCode").asInt()).isEqualTo(200);
                assertThat(response.path("headers").path("Content-Type").asText()).isEqualTo("application/json");
                assertThat(JSON.readTree(response.path("body").asText()))
                        .isEqualTo(JSON.createObjectNode().put("status", "ok"));
            }
        }
    }

    @Test
    void shouldFailEveryInvocationWhenTheHandlerClassIsMissing() {
        // given a Handler string with a typo: the runtime client starts, then fails each event with it
        String missing = "org.pdsa.api.NoSuchHandler::handleRequest";

        try (RunningFunction function = runner.start(missing, Map.of(), artifact)) {
            // when
            InvocationResult result = function.invoke("{}");

            // then
            assertThat(result).isInstanceOf(InvocationResult.FunctionError.class);
            InvocationResult.FunctionError error = (InvocationResult.FunctionError) result;
            assertThat(error.errorType()).isEqualTo("java.lang.ClassNotFoundException");
            assertThat(error.errorMessage()).isEqualTo("Class not found: org.pdsa.api.NoSuchHandler");
        }
    }

    @Test
    void shouldFailEveryInvocationWhenTheHandlerMethodIsMissing() {
        // given
        String missing = "org.pdsa.api.HealthHandler::handle";

        try (RunningFunction function = runner.start(missing, Map.of(), artifact)) {
            // when
            InvocationResult result = function.invoke("{}");

            // then the type comes from the runtime's Lambda-Runtime-Function-Error-Type header
            assertThat(result).isInstanceOf(InvocationResult.FunctionError.class);
            InvocationResult.FunctionError error = (InvocationResult.FunctionError) result;
            assertThat(error.errorType()).isEqualTo("Runtime.BadFunctionCode");
            assertThat(error.errorMessage()).contains("No public method named handle");
        }
    }

    @Test
    void shouldReportAnInitErrorWhenTheHandlerCannotBeConstructed() throws IOException {
        // given
        FunctionSpec spec = FunctionSpec.of(BrokenAtInit.class.getName() + "::handleRequest", Map.of(), artifact)
                .withLayers(List.of(testLayer()));

        try (RunningFunction function = runner.start(spec)) {
            // when
            InvocationResult result = function.invoke("{}");

            // then
            assertThat(function.isReady()).isFalse();
            InvocationResult.InitError expected = function.initError().orElseThrow();
            assertThat(expected.errorType()).isEqualTo("java.lang.IllegalStateException");
            assertThat(expected.errorMessage()).isEqualTo("CAMUNDA_REST_ADDRESS is not set");
            assertThat(result).isEqualTo(expected);
        }
    }

    @Test
    void shouldReturnTheErrorTypeWhenTheHandlerThrows() throws IOException {
        // given
        FunctionSpec spec = FunctionSpec.of(FailingHandlers.class.getName() + "::fail", Map.of(), artifact)
                .withLayers(List.of(testLayer()));

        try (RunningFunction function = runner.start(spec)) {
            // when
            InvocationResult result = function.invoke("{\"reason\":\"test\"}");

            // then
            assertThat(result).isInstanceOf(InvocationResult.FunctionError.class);
            InvocationResult.FunctionError error = (InvocationResult.FunctionError) result;
            assertThat(error.errorType()).isEqualTo("java.lang.IllegalStateException");
            assertThat(error.errorMessage()).isEqualTo("refused on purpose: test");
            assertThat(JSON.readTree(error.payload()).path("stackTrace").isArray()).isTrue();
        }
    }

    @Test
    void shouldStopTheFunctionWhenItTimesOut() throws IOException {
        // given
        FunctionSpec spec = FunctionSpec.of(FailingHandlers.class.getName() + "::sleep", Map.of(), artifact)
                .withLayers(List.of(testLayer()))
                .withTimeout(Duration.ofSeconds(1));

        try (RunningFunction function = runner.start(spec)) {
            // when
            InvocationResult first = function.invoke("{}");
            InvocationResult second = function.invoke("{}");

            // then
            assertThat(first).isEqualTo(new InvocationResult.Timeout(Duration.ofSeconds(1)));
            assertThat(second).isInstanceOf(InvocationResult.Exited.class);
        }
    }

    @Test
    void shouldRunCamundaClientCallsOverRestFromThePackagedArtifact() throws IOException {
        // given a Camunda REST API that answers the topology and an empty job activation
        List<String> calls = new CopyOnWriteArrayList<>();
        HttpServer camunda = fakeCamunda(calls);
        Map<String, String> environment = Map.of(
                "CAMUNDA_REST_ADDRESS", "http://127.0.0.1:" + camunda.getAddress().getPort(),
                "CAMUNDA_GRPC_ADDRESS", "https://127.0.0.1:1");
        FunctionSpec spec = FunctionSpec.of(CamundaRestProbe.class.getName(), environment, artifact)
                .withLayers(List.of(testLayer()));

        try (RunningFunction function = runner.start(spec)) {
            // when
            InvocationResult result = function.invoke("{\"jobType\":\"pdsa.analyse-measures\"}");

            // then
            assertThat(result).as(function.log()).isInstanceOf(InvocationResult.Success.class);
            JsonNode answer = JSON.readTree(((InvocationResult.Success) result).payload());
            assertThat(answer.path("gatewayVersion").asText()).isEqualTo("8.9.0");
            assertThat(answer.path("jobs").asInt()).isZero();
            assertThat(calls).containsExactly("GET /v2/topology", "POST /v2/jobs/activation pdsa.analyse-measures");
        } finally {
            camunda.stop(0);
        }
    }

    @Test
    void shouldPassTheSnapshotPointUnderSnapStart() {
        // given
        FunctionRunner snapStart = runner.withInitType(InitType.SNAP_START);

        try (RunningFunction health = snapStart.start("org.pdsa.api.HealthHandler", Map.of(), artifact)) {
            // when
            InvocationResult result = health.invoke(fixture("/org/pdsa/local/bench/events/apigw-v2-get-health.json"));

            // then
            assertThat(health.snapshotDuration()).isPresent();
            assertThat(health.snapshotDuration().get()).isLessThanOrEqualTo(health.initDuration());
            assertThat(result).isInstanceOf(InvocationResult.Success.class);
        }
    }

    private static Path testLayer() throws IOException {
        return LayerJar.ofPackage(FailingHandlers.class, workDir.resolve("test-functions.jar"));
    }

    private static HttpServer fakeCamunda(List<String> calls) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/topology", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            reply(exchange, "{\"brokers\":[],\"clusterSize\":1,\"partitionsCount\":1,\"replicationFactor\":1,"
                    + "\"gatewayVersion\":\"8.9.0\"}");
        });
        server.createContext("/v2/jobs/activation", exchange -> {
            JsonNode request;
            try (InputStream in = exchange.getRequestBody()) {
                request = JSON.readTree(in);
            }
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath() + " "
                    + request.path("type").asText());
            reply(exchange, "{\"jobs\":[]}");
        });
        server.start();
        return server;
    }

    private static void reply(com.sun.net.httpserver.HttpExchange exchange, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    static String fixture(String name) {
        try (InputStream in = RuntimeClientE2ETest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
