package org.pdsa.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.pdsa.container.AwsCredentials;
import org.pdsa.container.AwsHttp;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * Reads a secret with Secrets Manager's {@code GetSecretValue}, once per container at init: one SigV4-signed
 * JSON request with the function's role, made with the SDK's signer and HTTP client that the DynamoDB client
 * already brings. The Secrets Manager SDK client would add 0.7 MB to a package that must stay under 30 MB,
 * for a single call.
 */
public final class SecretsManagerReader implements SecretReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SERVICE = "secretsmanager";

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;

    /**
     * Secrets Manager in the function's region ({@code AWS_REGION}), with the function's credentials; at
     * {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} or {@code AWS_ENDPOINT_URL} when set (LocalStack, the local
     * stack's stand-in), as the AWS SDKs do.
     */
    public SecretsManagerReader() {
        this(endpointOverride(System.getenv("AWS_ENDPOINT_URL_SECRETS_MANAGER"), System.getenv("AWS_ENDPOINT_URL")),
                System.getenv("AWS_REGION"), AwsCredentials.fromEnvironmentOrDefaultChain());
    }

    static URI endpointOverride(String serviceEndpoint, String generalEndpoint) {
        String endpoint = serviceEndpoint != null && !serviceEndpoint.isBlank() ? serviceEndpoint : generalEndpoint;
        return endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint.strip());
    }

    /** {@code endpoint} null means {@code https://secretsmanager.<region>.amazonaws.com}. */
    public SecretsManagerReader(URI endpoint, String region, AwsCredentialsProvider credentials) {
        this.region = region;
        this.endpoint = endpoint != null ? endpoint : region == null ? null
                : URI.create("https://" + SERVICE + "." + region + ".amazonaws.com/");
        this.credentials = credentials;
    }

    @Override
    public String read(String secretArn) {
        String secretRegion = region != null ? region : regionOf(secretArn);
        URI target = endpoint != null ? endpoint : URI.create("https://" + SERVICE + "." + secretRegion + ".amazonaws.com/");
        byte[] body = JSON.createObjectNode().put("SecretId", secretArn).toString().getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(target)
                .putHeader("Content-Type", "application/x-amz-json-1.1")
                .putHeader("X-Amz-Target", "secretsmanager.GetSecretValue")
                .build();
        SignedRequest signed = AwsV4HttpSigner.create().sign(r -> r
                .identity(credentials.resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                .putProperty(AwsV4HttpSigner.REGION_NAME, secretRegion));
        try {
            // the container's client, which the store uses too: one trust store loaded, not two
            SdkHttpClient http = AwsHttp.shared();
            HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                    .request(signed.request())
                    .contentStreamProvider(signed.payload().orElse(null))
                    .build()).call();
            String text = read(response);
            if (!response.httpResponse().isSuccessful()) {
                throw new IllegalStateException("Secrets Manager refused GetSecretValue for " + secretArn + " ("
                        + response.httpResponse().statusCode() + "): " + text);
            }
            JsonNode secret = JSON.readTree(text).path("SecretString");
            if (!secret.isTextual()) {
                throw new IllegalStateException("secret " + secretArn + " has no text value (a binary secret?)");
            }
            return secret.textValue();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read secret " + secretArn + ": " + e.getMessage(), e);
        }
    }

    /** The region of an ARN: {@code arn:aws:secretsmanager:<region>:...}. */
    static String regionOf(String arn) {
        String[] parts = arn.split(":");
        if (parts.length < 4 || parts[3].isBlank()) {
            throw new IllegalArgumentException("not a secret ARN (no region): " + arn);
        }
        return parts[3];
    }

    private static String read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return "";
        }
        try (InputStream in = response.responseBody().get()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
