package org.pdsa.workers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.pdsa.camunda.CamundaClients;
import org.pdsa.container.Lazy;
import org.pdsa.lambda.ClientPriming;
import org.pdsa.lambda.SnapStartPriming;
import org.pdsa.store.Store;
import org.pdsa.workers.Handlers;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobRunner;

/**
 * A worker Lambda: invoked by EventBridge Scheduler (or on demand; the event's content is ignored), it polls
 * jobs of its one type until none is waiting or its time is nearly up, and returns a {@link PollSummary}.
 * The store and the Camunda client ({@link CamundaClients#shared()}: the client's environment conventions,
 * credentials from Secrets Manager in AWS) are built once per container; subclasses name the handler.
 * Lambda calls the stream method, so a cold start does not load the runtime client's own serialiser.
 */
public abstract class PollingFunction implements RequestHandler<Map<String, Object>, PollSummary>,
        RequestStreamHandler {

    /**
     * Built on first use, after init: a mapper built while the class loads would hold back the start of the
     * Camunda client's thread by the 200 ms or so databind takes to load, and that client loads it anyway.
     */
    private static final Lazy<ObjectMapper> JSON = new Lazy<>(ObjectMapper::new);

    private final JobPoller poller;

    /** For the runtime: the container's store and Camunda client, the default poll settings. */
    protected PollingFunction(Function<Handlers, JobHandler> handler) {
        this(containerPoller(handler));
        SnapStartPriming.register(getClass().getSimpleName(), ClientPriming::camunda, ClientPriming::table);
    }

    /**
     * The Camunda client (its settings read from Secrets Manager) is built on another thread while this one
     * builds the store: the two share few classes (Lambda gives an on-demand init a full, unthrottled vCPU; a
     * second core, where there is one, overlaps the two). That thread then
     * asks the cluster for its topology, so the REST request path and the OAuth token, which every poll
     * needs, are ready before the first event.
     */
    private static JobPoller containerPoller(Function<Handlers, JobHandler> handler) {
        CompletableFuture<CamundaClient> client = CamundaClients.sharedInBackground(ClientPriming::camunda);
        JobHandler jobHandler = handler.apply(new Handlers(Store.shared()));
        try {
            return new JobPoller(client.join(), jobHandler, new JobRunner(), PollSettings.DEFAULTS);
        } catch (CompletionException e) {
            // the same failure as building it on this thread: Lambda reports it as the init error
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** For tests: a poller built from collaborators. */
    protected PollingFunction(JobPoller poller) {
        this.poller = poller;
    }

    @Override
    public PollSummary handleRequest(Map<String, Object> event, Context context) {
        return poller.poll(() -> context.getRemainingTimeInMillis());
    }

    /**
     * What the Lambda runtime calls (it prefers a handler's stream method): the event is read and ignored, as
     * in {@link #handleRequest(Map, Context)}, and the summary written as JSON with our Jackson.
     */
    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.transferTo(OutputStream.nullOutputStream());
        JSON.get().writeValue(output, handleRequest(Map.of(), context));
    }
}
