package org.pdsa.local.workers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The job endpoints of the Camunda 8 REST API, scripted: queued jobs are handed to activations of their type by
 * {@code POST /v2/jobs/activation} (deadline = the fake engine time + the timeout asked for), and every
 * completion, failure and error is recorded as the client sent it. Lets the local job workers be tested through
 * camunda-client-java's JobWorker on the wire (the same double as the Lambda poller's tests in functions/).
 */
final class ScriptedJobApi implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A command the client sent: path (e.g. {@code /v2/jobs/1/failure}) and body. */
    record Command(String path, JsonNode body) {
    }

    final Instant engineTime;
    final List<JsonNode> activations = new CopyOnWriteArrayList<>();
    final List<Command> commands = new CopyOnWriteArrayList<>();
    private final Deque<ObjectNode> queue = new ArrayDeque<>();
    private final HttpServer server;
    private long nextKey = 1;

    ScriptedJobApi(Instant engineTime) throws IOException {
        this.engineTime = engineTime;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/v2/jobs", this::answer);
        server.start();
    }

    CamundaClient client() {
        return CamundaClient.newClientBuilder()
                .restAddress(URI.create("http://127.0.0.1:" + server.getAddress().getPort())).build();
    }

    /** Queues a job of {@code type} with {@code retries} and the variables given; returns its key. */
    synchronized long queue(String type, int retries, Map<String, Object> variables, Map<String, String> headers) {
        long key = nextKey++;
        ObjectNode job = JSON.createObjectNode();
        job.put("jobKey", String.valueOf(key)).put("type", type).put("processDefinitionId", "pdsa-cycle")
                .put("processDefinitionVersion", 1).put("elementId", "task_x").put("retries", retries)
                .put("tenantId", "<default>").put("processInstanceKey", "900").put("processDefinitionKey", "800")
                .put("elementInstanceKey", String.valueOf(1000 + key)).put("kind", "BPMN_ELEMENT")
                .put("listenerEventType", "UNSPECIFIED");
        job.set("customHeaders", JSON.valueToTree(headers));
        job.set("variables", JSON.valueToTree(variables));
        job.putArray("tags");
        queue.add(job);
        return key;
    }

    List<Command> commandsTo(String suffix) {
        return commands.stream().filter(c -> c.path().endsWith(suffix)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        if (path.equals("/v2/jobs/activation")) {
            activations.add(body);
            ObjectNode answer = JSON.createObjectNode();
            ArrayNode jobs = answer.putArray("jobs");
            synchronized (this) {
                for (Iterator<ObjectNode> it = queue.iterator(); it.hasNext() && jobs.size() < body.path("maxJobsToActivate").asInt(); ) {
                    ObjectNode job = it.next();
                    if (job.path("type").asText().equals(body.path("type").asText())) {
                        it.remove();
                        job.put("worker", body.path("worker").asText());
                        job.put("deadline", engineTime.toEpochMilli() + body.path("timeout").asLong());
                        jobs.add(job);
                    }
                }
            }
            byte[] bytes = JSON.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } else {
            commands.add(new Command(path, body));
            exchange.sendResponseHeaders(204, -1);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
