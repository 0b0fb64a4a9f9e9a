package org.pdsa.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * template.yaml deployed to LocalStack by infra/localstack/deploy.sh, when {@code LOCALSTACK_ENDPOINT} names a
 * LocalStack that answers; otherwise skipped with that reason (no Docker, no LocalStack: nothing was tested).
 */
class LocalStackDeploymentE2ETest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @TempDir
    Path scratch;

    @Test
    void shouldDeployTheTemplateAndRunItsFunctions() throws Exception {
        // given a LocalStack
        String endpoint = System.getenv("LOCALSTACK_ENDPOINT");
        assumeTrue(endpoint != null && !endpoint.isBlank(),
                "LOCALSTACK_ENDPOINT is not set: no LocalStack to deploy template.yaml to (see infra/localstack/README.md)");
        assumeTrue(answers(endpoint), "LOCALSTACK_ENDPOINT " + endpoint + " does not answer /_localstack/health");
        String stack = "pdsa-test-" + UUID.randomUUID().toString().substring(0, 8);

        // when the script deploys the template
        Path root = TEMPLATE.file().toAbsolutePath().getParent();
        Result deployed = run(root, endpoint, List.of(root.resolve("infra/localstack/deploy.sh").toString(), stack));
        assertThat(deployed.exit()).as(deployed.output()).isZero();

        // then the stack has every output, the table its indexes, and the health function answers an event
        Map<String, String> outputs = outputs(aws(root, endpoint, "cloudformation", "describe-stacks", "--stack-name", stack));
        assertThat(outputs).containsKeys("ApiUrl", "TableName");
        TEMPLATE.functions().forEach(f -> assertThat(outputs).containsKey(f.logicalId() + "Arn"));
        JsonNode table = aws(root, endpoint, "dynamodb", "describe-table", "--table-name", outputs.get("TableName"));
        assertThat(table.path("Table").path("GlobalSecondaryIndexes").findValuesAsText("IndexName"))
                .containsExactlyInAnyOrder("gsi1", "gsi2");
        Path event = scratch.resolve("health.json");
        Files.writeString(event, SampleEvents.httpEvent(SampleEvents.REQUESTS.get("GET /health"), Instant.now()));
        Path answer = scratch.resolve("answer.json");
        aws(root, endpoint, "lambda", "invoke", "--function-name", outputs.get("HealthFunctionArn"),
                "--cli-binary-format", "raw-in-base64-out", "--payload", "file://" + event, answer.toString());
        assertThat(JSON.readTree(answer.toFile()).path("statusCode").asInt()).isEqualTo(200);
    }

    private static boolean answers(String endpoint) {
        try {
            HttpResponse<Void> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(URI.create(endpoint + "/_localstack/health"))
                            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Map<String, String> outputs(JsonNode stacks) {
        Map<String, String> outputs = new java.util.TreeMap<>();
        stacks.path("Stacks").path(0).path("Outputs")
                .forEach(o -> outputs.put(o.path("OutputKey").asText(), o.path("OutputValue").asText()));
        return outputs;
    }

    private static JsonNode aws(Path root, String endpoint, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("aws", "--endpoint-url", endpoint, "--output", "json"));
        command.addAll(List.of(args));
        Result result = run(root, endpoint, command);
        assertThat(result.exit()).as(String.join(" ", command) + "\n" + result.output()).isZero();
        return result.output().isBlank() ? JSON.createObjectNode() : JSON.readTree(result.output());
    }

    private record Result(int exit, String output) {}

    private static Result run(Path root, String endpoint, List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().put("LOCALSTACK_ENDPOINT", endpoint);
        builder.environment().putIfAbsent("AWS_REGION", "eu-west-2");
        builder.environment().put("AWS_ACCESS_KEY_ID", "test");
        builder.environment().put("AWS_SECRET_ACCESS_KEY", "test");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish within 15 minutes");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
