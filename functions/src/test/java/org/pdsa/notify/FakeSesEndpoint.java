package org.pdsa.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * SES API v2's {@code SendEmail} as a local HTTP server: records what arrives (path, Authorization header,
 * JSON body) and answers like SES: 200 with a MessageId, 400 {@code MessageRejected} for addresses in
 * {@link #rejected}, 429 {@code TooManyRequestsException} for those in {@link #throttled}.
 */
public final class FakeSesEndpoint implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request as SES received it. */
    public record Received(String path, String authorization, JsonNode body) {
        public String to() {
            return body.path("Destination").path("ToAddresses").path(0).asText();
        }
    }

    public final List<Received> received = new CopyOnWriteArrayList<>();
    /** The addresses SES accepted a message for, in order. */
    public final List<String> accepted = new CopyOnWriteArrayList<>();
    public final Set<String> rejected = ConcurrentHashMap.newKeySet();
    public final Set<String> throttled = ConcurrentHashMap.newKeySet();
    private final HttpServer server;

    public FakeSesEndpoint() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** A client of this endpoint, signing as a fixed access key in eu-west-2. */
    public SesApi api() {
        return new SesApi(uri(), "eu-west-2", StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
                UrlConnectionHttpClient.create());
    }

    private void answer(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        Received r = new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body);
        received.add(r);
        if (rejected.contains(r.to())) {
            reply(exchange, 400, "MessageRejected:http://internal.amazon.com/coral/com.amazonaws.sesv2/",
                    "{\"message\":\"Email address is not verified. The following identities failed the check: " + r.to() + "\"}");
        } else if (throttled.contains(r.to())) {
            reply(exchange, 429, "TooManyRequestsException", "{\"message\":\"Maximum sending rate exceeded.\"}");
        } else {
            accepted.add(r.to());
            reply(exchange, 200, null, "{\"MessageId\":\"m-" + received.size() + "\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String errorType, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        if (errorType != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
