package org.pdsa.workers.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.camunda.client.CamundaClient;
import java.util.Map;
import java.util.function.Function;
import org.pdsa.store.Store;
import org.pdsa.workers.Handlers;
import org.pdsa.workers.JobHandler;
import org.pdsa.workers.JobRunner;

/**
 * A worker Lambda: invoked by EventBridge Scheduler (or on demand; the event's content is ignored), it polls
 * jobs of its one type until none is waiting or its time is nearly up, and returns a {@link PollSummary}.
 * The store and the Camunda client are built once per container; subclasses name the handler.
 */
public abstract class PollingFunction implements RequestHandler<Map<String, Object>, PollSummary> {

    private final JobPoller poller;

    /** For the runtime: the container's store and Camunda client, the default poll settings. */
    protected PollingFunction(Function<Handlers, JobHandler> handler) {
        this(new JobPoller(ContainerClient.get(), handler.apply(new Handlers(Store.shared())), new JobRunner(),
                PollSettings.DEFAULTS));
    }

    /** For tests: a poller built from collaborators. */
    protected PollingFunction(JobPoller poller) {
        this.poller = poller;
    }

    @Override
    public PollSummary handleRequest(Map<String, Object> event, Context context) {
        return poller.poll(() -> context.getRemainingTimeInMillis());
    }

    /** The container's Camunda client, built on first use. */
    static final class ContainerClient {

        private static volatile CamundaClient client;

        private ContainerClient() {
        }

        static CamundaClient get() {
            CamundaClient c = client;
            if (c == null) {
                synchronized (ContainerClient.class) {
                    c = client;
                    if (c == null) {
                        // the client's own environment conventions (CAMUNDA_REST_ADDRESS, CAMUNDA_CLIENT_ID, ...);
                        // REST is its default and job streaming stays off
                        c = CamundaClient.newClientBuilder().build();
                        client = c;
                    }
                }
            }
            return c;
        }
    }
}
