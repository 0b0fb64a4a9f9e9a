package org.pdsa.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class SecretsManagerReaderTest {

    private final AtomicReference<String> target = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void shouldAskForTheSecretWithASignedGetSecretValue() throws IOException {
        // given
        URI endpoint = serve(200, "{\"ARN\": \"arn:x\", \"Name\": \"camunda\", \"SecretString\": \"{\\\"a\\\":1}\"}");
        SecretsManagerReader reader = new SecretsManagerReader(endpoint, "eu-west-2",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));

        // when
        String secret = reader.read("arn:aws:secretsmanager:eu-west-2:123456789012:secret:camunda-AbCdEf");

        // then
        assertThat(secret).isEqualTo("{\"a\":1}");
        assertThat(target.get()).isEqualTo("secretsmanager.GetSecretValue");
        assertThat(authorization.get()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/eu-west-2/secretsmanager/aws4_request");
        assertThat(body.get()).isEqualTo(
                "{\"SecretId\":\"arn:aws:secretsmanager:eu-west-2:123456789012:secret:camunda-AbCdEf\"}");
    }

    @Test
    void shouldSayWhySecretsManagerRefused() throws IOException {
        URI endpoint = serve(400, "{\"__type\": \"ResourceNotFoundException\"}");
        SecretsManagerReader reader = new SecretsManagerReader(endpoint, "eu-west-2",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
        assertThatThrownBy(() -> reader.read("arn:aws:secretsmanager:eu-west-2:1:secret:x"))
                .hasMessageContaining("(400)").hasMessageContaining("ResourceNotFoundException");
    }

    @Test
    void shouldUseTheServicesEndpointOverrideBeforeTheGeneralOne() {
        assertThat(SecretsManagerReader.endpointOverride("http://127.0.0.1:4566/sm", "http://127.0.0.1:4566"))
                .isEqualTo(URI.create("http://127.0.0.1:4566/sm"));
        assertThat(SecretsManagerReader.endpointOverride(null, "http://127.0.0.1:4566"))
                .isEqualTo(URI.create("http://127.0.0.1:4566"));
        assertThat(SecretsManagerReader.endpointOverride(" ", null)).isNull();
    }

    @Test
    void shouldTakeTheRegionFromTheArn() {
        assertThat(SecretsManagerReader.regionOf("arn:aws:secretsmanager:us-east-1:1:secret:x")).isEqualTo("us-east-1");
    }

    private URI serve(int status, String answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            target.set(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }
}
