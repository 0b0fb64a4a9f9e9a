package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;

class StoreSettingsTest {

    @Test
    void shouldDefaultToTheLocalStacksDynalite() {
        // when
        StoreSettings settings = StoreSettings.fromEnvironment(Map.of());
        // then
        assertThat(settings).isEqualTo(new StoreSettings("pdsa", URI.create("http://localhost:8000"), Region.EU_WEST_2));
        assertThat(settings.isLocalEndpoint()).isTrue();
    }

    @Test
    void shouldTakeTableEndpointAndRegionFromTheEnvironment() {
        // when
        StoreSettings settings = StoreSettings.fromEnvironment(Map.of(
                "TABLE_NAME", "pdsa-prod", "AWS_ENDPOINT_URL", "http://localstack:4566", "AWS_REGION", "eu-west-1"));
        // then
        assertThat(settings).isEqualTo(new StoreSettings("pdsa-prod", URI.create("http://localstack:4566"), Region.EU_WEST_1));
        assertThat(settings.isLocalEndpoint()).isFalse();
    }

    @Test
    void shouldHonourTheLocalPortOverride() {
        assertThat(StoreSettings.fromEnvironment(Map.of("PDSA_DYNAMODB_PORT", "18000")).endpoint())
                .isEqualTo(URI.create("http://localhost:18000"));
    }

    @Test
    void shouldUseAwsItselfInsideLambdaWhenNoEndpointIsSet() {
        // when
        StoreSettings settings = StoreSettings.fromEnvironment(Map.of(
                "AWS_LAMBDA_FUNCTION_NAME", "pdsa-api", "TABLE_NAME", "pdsa-prod", "AWS_REGION", "eu-west-2"));
        // then
        assertThat(settings.endpoint()).isNull();
    }

    @Test
    void shouldPreferTheDynamoDbSpecificEndpoint() {
        assertThat(StoreSettings.fromEnvironment(Map.of("AWS_ENDPOINT_URL", "http://a:1", "AWS_ENDPOINT_URL_DYNAMODB", "http://b:2"))
                .endpoint()).isEqualTo(URI.create("http://b:2"));
    }
}
