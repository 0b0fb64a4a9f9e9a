package org.pdsa.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.Topology;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CamundaClientsTest {

    private static CamundaSettings restOnly(URI address) {
        return new CamundaSettings(address, null, null, null, null, null, null);
    }

    @Test
    void shouldSendCommandsOverRestWithoutAGrpcChannel() throws Exception {
        // given a cluster answering the REST topology request
        HttpServer cluster = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        cluster.createContext("/v2/topology", exchange -> {
            byte[] body = "{\"brokers\":[],\"clusterSize\":1,\"partitionsCount\":1,\"replicationFactor\":1,\"gatewayVersion\":\"8.9.0\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        cluster.start();
        try (CamundaClient client = CamundaClients.create(restOnly(
                URI.create("http://127.0.0.1:" + cluster.getAddress().getPort())))) {
            // when
            Topology topology = client.newTopologyRequest().send().join();

            // then it came over REST
            assertThat(topology.getGatewayVersion()).isEqualTo("8.9.0");
        } finally {
            cluster.stop(0);
        }
    }

    @Test
    void shouldRefuseACommandSentOverGrpcNamingTheSettingThatEnablesIt() {
        // given a client without a gRPC address
        try (CamundaClient client = CamundaClients.create(restOnly(URI.create("http://127.0.0.1:9")))) {
            // when a command insists on gRPC, then it fails at once with the reason
            assertThatThrownBy(() -> client.newTopologyRequest().useGrpc().send().join())
                    .hasMessageContaining("REST only").hasMessageContaining("CAMUNDA_GRPC_ADDRESS");
        }
    }
}
