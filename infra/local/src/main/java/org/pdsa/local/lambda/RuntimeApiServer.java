package org.pdsa.local.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves one {@link RuntimeApi} over HTTP on a free loopback port: the address a runtime finds in
 * {@code AWS_LAMBDA_RUNTIME_API}. One server per execution environment, as in Lambda.
 */
public final class RuntimeApiServer implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime/";
    private static final Pattern INVOCATION_CALL = Pattern.compile("invocation/([^/]+)/(response|error)");
    private static final String ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type";
    private static final AtomicInteger SERVERS = new AtomicInteger();

    static {
        // the JDK server leaves Nagle's algorithm on; with the client's delayed ACKs every small
        // response would then wait ~40 ms, which is not Lambda's latency (read once, at first use)
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final RuntimeApi api;
    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RuntimeApiServer(RuntimeApi api, HttpServer server, ExecutorService threads) {
        this.api = api;
        this.server = server;
        this.threads = threads;
    }

    /** Starts serving {@code api} on 127.0.0.1 and a port the system picks. */
    public static RuntimeApiServer start(RuntimeApi api) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        int id = SERVERS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        // a cached pool: /invocation/next blocks its thread until an event comes
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "lambda-runtime-api-" + id + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        RuntimeApiServer runtimeApiServer = new RuntimeApiServer(api, server, threads);
        server.createContext("/", runtimeApiServer::handle);
        server.setExecutor(threads);
        server.start();
        return runtimeApiServer;
    }

    /** {@code host:port}, the value of {@code AWS_LAMBDA_RUNTIME_API}. */
    public String address() {
        InetSocketAddress address = server.getAddress();
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    public RuntimeApi api() {
        return api;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RuntimeReply reply;
            try {
                reply = route(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                reply = RuntimeReply.shuttingDown();
            }
            write(exchange, reply);
        }
    }

    private RuntimeReply route(HttpExchange exchange) throws IOException, InterruptedException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (!path.startsWith(BASE)) {
            return RuntimeReply.notFound(path);
        }
        String resource = path.substring(BASE.length());
        String errorType = exchange.getRequestHeaders().getFirst(ERROR_TYPE_HEADER);
        switch (resource) {
            case "invocation/next":
                return "GET".equals(method) ? api.next() : RuntimeReply.methodNotAllowed(method, path);
            case "init/error":
                return "POST".equals(method) ? api.initError(errorType, body(exchange))
                        : RuntimeReply.methodNotAllowed(method, path);
            case "restore/next":
                return "GET".equals(method) ? api.restoreNext() : RuntimeReply.methodNotAllowed(method, path);
            case "restore/error":
                return "POST".equals(method) ? api.restoreError(errorType, body(exchange))
                        : RuntimeReply.methodNotAllowed(method, path);
            default:
                break;
        }
        Matcher call = INVOCATION_CALL.matcher(resource);
        if (!call.matches()) {
            return RuntimeReply.notFound(path);
        }
        if (!"POST".equals(method)) {
            return RuntimeReply.methodNotAllowed(method, path);
        }
        String requestId = call.group(1);
        return "response".equals(call.group(2))
                ? api.respond(requestId, body(exchange))
                : api.fail(requestId, errorType, body(exchange));
    }

    private static byte[] body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return in.readAllBytes();
        }
    }

    private static void write(HttpExchange exchange, RuntimeReply reply) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = reply.body();
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops the server; a runtime blocked on {@code /invocation/next} is released. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        api.close();
        server.stop(0);
        threads.shutdownNow();
    }
}
