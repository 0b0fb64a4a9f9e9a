package org.pdsa.local.lambda.testfunctions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivateJobsResponse;
import io.camunda.client.api.response.Topology;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Makes real camunda-client-java calls over REST from inside a function, to prove the deployment
 * package still holds everything the client loads. The gRPC address is TLS, like Camunda SaaS, so the
 * client also builds its (unused) gRPC channel's TLS context without netty's native OpenSSL.
 */
public final class CamundaRestProbe implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final CamundaClient client = CamundaClient.newClientBuilder()
            .restAddress(URI.create(System.getenv("CAMUNDA_REST_ADDRESS")))
            .grpcAddress(URI.create(System.getenv("CAMUNDA_GRPC_ADDRESS")))
            .preferRestOverGrpc(true)
            .build();

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        Topology topology = client.newTopologyRequest().send().join();
        ActivateJobsResponse jobs = client.newActivateJobsCommand()
                .jobType((String) event.get("jobType"))
                .maxJobsToActivate(1)
                .requestTimeout(Duration.ofMillis(100))
                .send()
                .join();
        return Map.of("gatewayVersion", topology.getGatewayVersion(), "jobs", jobs.getJobs().size());
    }
}
