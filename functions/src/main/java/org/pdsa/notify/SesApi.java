package org.pdsa.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;

/**
 * The one call of the Amazon SES API v2 the product makes, {@code SendEmail} of a simple plain-text message
 * ({@code POST /v2/email/outbound-emails}), signed with the AWS SDK v2's SigV4 signer and sent with its
 * url-connection HTTP client: the pieces the DynamoDB client already loads, so SES adds nothing to the
 * Lambda package or its cold start.
 */
public final class SesApi {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** SES's answer: the HTTP status, the error type (e.g. {@code MessageRejected}) and message when it failed. */
    public record Answer(int status, String errorType, String message) {
        public boolean ok() {
            return status / 100 == 2;
        }
    }

    private final URI endpoint;
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient http;
    private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();

    /** {@code endpoint} is SES's ({@code https://email.<region>.amazonaws.com}) or a stand-in's. */
    public SesApi(URI endpoint, String region, AwsCredentialsProvider credentials, SdkHttpClient http) {
        this.endpoint = endpoint;
        this.region = region;
        this.credentials = credentials;
        this.http = http;
    }

    public static URI endpointOf(String region) {
        return URI.create("https://email." + region + ".amazonaws.com");
    }

    /** Sends one message; an {@link IOException} means SES was not reached. */
    public Answer sendEmail(String from, String to, String subject, String text) throws IOException {
        byte[] body = JSON.writeValueAsBytes(request(from, to, subject, text));
        SdkHttpRequest request = SdkHttpRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(endpoint.resolve("/v2/email/outbound-emails"))
                .putHeader("Content-Type", "application/json")
                .putHeader("Content-Length", String.valueOf(body.length))
                .build();
        SignedRequest signed = signer.sign(r -> r.identity(credentials.resolveCredentials())
                .request(request)
                .payload(ContentStreamProvider.fromByteArray(body))
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "ses")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region));
        HttpExecuteResponse response = http.prepareRequest(HttpExecuteRequest.builder()
                .request(signed.request())
                .contentStreamProvider(signed.payload().orElse(null))
                .build()).call();
        int status = response.httpResponse().statusCode();
        String answer = read(response);
        if (status / 100 == 2) {
            return new Answer(status, null, null);
        }
        String type = response.httpResponse().firstMatchingHeader("x-amzn-ErrorType").orElse("");
        return new Answer(status, type.contains(":") ? type.substring(0, type.indexOf(':')) : type, message(answer));
    }

    private static ObjectNode request(String from, String to, String subject, String text) {
        ObjectNode root = JSON.createObjectNode();
        root.put("FromEmailAddress", from);
        root.putObject("Destination").putArray("ToAddresses").add(to);
        ObjectNode simple = root.putObject("Content").putObject("Simple");
        simple.putObject("Subject").put("Data", subject).put("Charset", "UTF-8");
        simple.putObject("Body").putObject("Text").put("Data", text).put("Charset", "UTF-8");
        return root;
    }

    private static String read(HttpExecuteResponse response) throws IOException {
        if (response.responseBody().isEmpty()) {
            return "";
        }
        try (InputStream in = response.responseBody().get()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String message(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.path("message").asText(node.path("Message").asText(body));
        } catch (IOException notJson) {
            return body;
        }
    }
}
