package org.pdsa.local.stack;

import io.camunda.client.CamundaClient;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.local.gateway.LocalGateway;
import org.pdsa.local.gateway.TokenIssuer;
import org.pdsa.store.Store;

/**
 * The whole product on one machine: dynalite and the table, the Camunda 8 REST engine, the workflows deployed
 * to it, the API gateway in front of the Lambda handlers, then the extra services (job workers). Each part is
 * a {@link Service}, started in order and stopped in reverse; a part that fails to start stops the ones before
 * it. Parts reach each other through this object.
 */
public final class LocalStack implements AutoCloseable {

    private final StackConfig config;
    private final Consumer<String> progress;
    private final Deque<Service> running = new ArrayDeque<>();
    private Store store;
    private URI dynamoEndpoint;
    private URI engineAddress;
    private CamundaClient camundaClient;
    private ProcessEngine processEngine;
    private LocalGateway gateway;

    private LocalStack(StackConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    /** Starts every part; {@code progress} hears one line per part. */
    public static LocalStack start(StackConfig config, Consumer<String> progress) {
        LocalStack stack = new LocalStack(config, progress);
        List<Service> services = new ArrayList<>(List.of(new DynamoService()));
        if (config.engineStandIn() == null) {
            services.add(new EngineService());
            services.add(new WorkflowDeployment());
        } else {
            stack.processEngine = config.engineStandIn();
        }
        services.add(new GatewayService());
        services.addAll(config.extraServices());
        for (Service service : services) {
            long started = System.nanoTime();
            try {
                service.start(stack);
            } catch (Exception e) {
                stack.close();
                throw new IllegalStateException("the local stack could not start " + service.name() + ": "
                        + e.getMessage(), e);
            }
            stack.running.push(service);
            progress.accept(String.format("%-10s ready in %d ms", service.name(), (System.nanoTime() - started) / 1_000_000));
        }
        return stack;
    }

    public StackConfig config() {
        return config;
    }

    /** Where parts report what takes time (a first-use install, for example). */
    public Consumer<String> progress() {
        return progress;
    }

    /** The table's repositories. */
    public Store store() {
        return require(store, "the store");
    }

    public URI dynamoEndpoint() {
        return require(dynamoEndpoint, "dynalite");
    }

    /** The engine's REST root ({@code http://localhost:8080}; the client adds {@code /v2}). */
    public URI engineAddress() {
        return require(engineAddress, "the engine");
    }

    /** A camunda-client-java client on the engine (REST), shared by the stack's parts. */
    public CamundaClient camundaClient() {
        return require(camundaClient, "the engine");
    }

    /** The engine as the API's handlers see it. */
    public ProcessEngine processEngine() {
        return require(processEngine, "the engine");
    }

    public LocalGateway gateway() {
        return require(gateway, "the gateway");
    }

    /** The API's root ({@code http://localhost:3000}). */
    public URI apiAddress() {
        return gateway().address();
    }

    /** Mints tokens the gateway accepts. */
    public TokenIssuer tokens() {
        return gateway().tokens();
    }

    /** Stops every running part in reverse order; the first failure is rethrown after all were tried. */
    @Override
    public synchronized void close() {
        RuntimeException first = null;
        while (!running.isEmpty()) {
            Service service = running.pop();
            try {
                service.stop();
            } catch (Exception e) {
                if (first == null) {
                    first = new IllegalStateException("stopping " + service.name() + " failed: " + e.getMessage(), e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    void dynamo(URI endpoint, Store value) {
        this.dynamoEndpoint = endpoint;
        this.store = value;
    }

    void engine(URI address, CamundaClient client, ProcessEngine value) {
        this.engineAddress = address;
        this.camundaClient = client;
        this.processEngine = value;
    }

    void gateway(LocalGateway value) {
        this.gateway = value;
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException(what + " is not running (yet)");
        }
        return value;
    }
}
