package org.pdsa.store;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.endpoints.Endpoint;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

/**
 * DynamoDB's endpoint without the SDK's endpoint rules engine (and the partition data it parses at every
 * cold start): the override when one is set (dynalite, LocalStack), else the regional endpoint
 * {@code https://dynamodb.<region>.amazonaws.com}, which serves every table of the region. Requests are then
 * signed by the client's default SigV4 scheme (signing name dynamodb, the client's region).
 */
record RegionalEndpoint(Endpoint endpoint) implements DynamoDbEndpointProvider {

    static RegionalEndpoint of(URI override, Region region) {
        URI url = override != null ? override : URI.create("https://dynamodb." + region.id() + ".amazonaws.com");
        return new RegionalEndpoint(Endpoint.builder().url(url).build());
    }

    URI url() {
        return endpoint.url();
    }

    @Override
    public CompletableFuture<Endpoint> resolveEndpoint(DynamoDbEndpointParams params) {
        return CompletableFuture.completedFuture(endpoint);
    }
}
