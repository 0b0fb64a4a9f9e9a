package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointParams;
import software.amazon.awssdk.services.dynamodb.endpoints.DynamoDbEndpointProvider;

class RegionalEndpointTest {

    @Test
    void shouldBeTheEndpointTheSdkRulesFindForTheRegion() {
        // given
        DynamoDbEndpointParams params = DynamoDbEndpointParams.builder().region(Region.EU_WEST_2).build();
        URI byRules = DynamoDbEndpointProvider.defaultProvider().resolveEndpoint(params).join().url();

        // when
        URI fixed = RegionalEndpoint.of(null, Region.EU_WEST_2).resolveEndpoint(params).join().url();

        // then
        assertThat(fixed).isEqualTo(byRules).isEqualTo(URI.create("https://dynamodb.eu-west-2.amazonaws.com"));
    }

    @Test
    void shouldBeTheOverrideWhenOneIsSet() {
        // given
        URI dynalite = URI.create("http://localhost:8000");

        // when
        RegionalEndpoint endpoint = RegionalEndpoint.of(dynalite, Region.EU_WEST_2);

        // then
        assertThat(endpoint.url()).isEqualTo(dynalite);
        assertThat(endpoint.resolveEndpoint(DynamoDbEndpointParams.builder().build()).join().url()).isEqualTo(dynalite);
    }
}
