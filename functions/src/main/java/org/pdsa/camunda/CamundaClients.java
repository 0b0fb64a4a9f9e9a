package org.pdsa.camunda;

import io.camunda.client.CamundaClient;
import io.camunda.client.CredentialsProvider;
import io.camunda.client.impl.CamundaClientBuilderImpl;
import io.camunda.client.impl.CamundaClientImpl;
import io.camunda.client.impl.NoopCredentialsProvider;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.pdsa.container.Lazy;

/**
 * Builds camunda-client-java clients: REST only (job streaming off, no gRPC channel unless a gRPC address is given),
 * credentials from {@link CamundaSettings} and never re-read from the environment behind our back. The
 * container's client is built once, on first use.
 */
public final class CamundaClients {

    private static final Lazy<CamundaSettings> SETTINGS = new Lazy<>(CamundaEnvironment::settings);
    private static final Lazy<CredentialsProvider> SHARED_CREDENTIALS = new Lazy<>(() -> credentials(sharedSettings()));
    private static final Lazy<CamundaClient> SHARED = new Lazy<>(() -> create(sharedSettings(), sharedCredentials()));

    private CamundaClients() {
    }

    /** This container's client, configured by {@link CamundaEnvironment#settings()} on first use. */
    public static CamundaClient shared() {
        return SHARED.get();
    }

    /**
     * Starts building the {@link #shared()} client on a thread of its own, for an init phase that has other work
     * to do meanwhile, then runs {@code priming} on that thread before the future completes; whoever calls
     * {@link #shared()} before it is done waits for it. A failure to build is left to the future (a later
     * {@link #shared()} tries again and reports it); a priming step that fails is reported on stderr and
     * ignored (the first request does the same work).
     */
    public static CompletableFuture<CamundaClient> sharedInBackground(Runnable priming) {
        return CompletableFuture.supplyAsync(() -> {
                    CamundaClient client = shared();
                    try {
                        priming.run();
                    } catch (RuntimeException e) {
                        System.err.println("init priming of the Camunda client failed, left to the first request: " + e);
                    }
                    return client;
                },
                runnable -> {
                    Thread thread = new Thread(runnable, "camunda-client-init");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /**
     * The settings of the shared client, read once; without building the client, so the engine's clock (the
     * first call of most API requests) does not wait for it.
     */
    static CamundaSettings sharedSettings() {
        return SETTINGS.get();
    }

    /**
     * The credentials of the {@link #shared()} client, for whatever else in this container calls the cluster (the
     * engine's clock): one token for both.
     */
    static CredentialsProvider sharedCredentials() {
        return SHARED_CREDENTIALS.get();
    }

    public static CamundaClient create(CamundaSettings settings) {
        return create(settings, credentials(settings));
    }

    /** A client for {@code settings} signing its requests with {@code credentials}. */
    public static CamundaClient create(CamundaSettings settings, CredentialsProvider credentials) {
        CamundaClientBuilderImpl builder = new CamundaClientBuilderImpl();
        builder.applyEnvironmentVariableOverrides(false)
                .restAddress(settings.restAddress())
                .preferRestOverGrpc(true)
                .defaultJobWorkerStreamEnabled(false)
                .credentialsProvider(credentials);
        if (settings.grpcAddress() != null) {
            builder.grpcAddress(settings.grpcAddress());
            return builder.build();
        }
        // what build() does (overrides are off), minus the Netty channel it would open for nothing
        return new CamundaClientImpl(builder, new UnusedGrpcChannel());
    }

    /** OAuth client credentials ({@link ClientCredentialsTokens}) when a client id is set; none for the local engine. */
    public static CredentialsProvider credentials(CamundaSettings settings) {
        return settings.usesOAuth() ? new ClientCredentialsTokens(settings, Clock.systemUTC()) : new NoopCredentialsProvider();
    }
}
