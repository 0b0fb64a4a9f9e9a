package org.pdsa.camunda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CamundaEnvironmentTest {

    private static final SecretReader NO_SECRETS = arn -> {
        throw new AssertionError("no secret should be read");
    };

    @Test
    void shouldDefaultToTheLocalEngineWithoutCredentials() {
        // when
        CamundaSettings settings = CamundaEnvironment.settings(Map.of(), NO_SECRETS);

        // then
        assertThat(settings.restAddress()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(settings.usesOAuth()).isFalse();
    }

    @Test
    void shouldFollowTheLocalEnginePortOverride() {
        assertThat(CamundaEnvironment.settings(Map.of("PDSA_ENGINE_PORT", "18080"), NO_SECRETS).restAddress())
                .isEqualTo(URI.create("http://localhost:18080"));
    }

    @Test
    void shouldReadTheClientConventionsOutsideLambda() {
        // when
        CamundaSettings settings = CamundaEnvironment.settings(Map.of(
                "CAMUNDA_REST_ADDRESS", "https://bru-2.zeebe.camunda.io/abc", "CAMUNDA_CLIENT_ID", "id",
                "CAMUNDA_CLIENT_SECRET", "s3cret", "CAMUNDA_OAUTH_URL", "https://login.cloud.camunda.io/oauth/token",
                "CAMUNDA_TOKEN_AUDIENCE", "zeebe.camunda.io"), NO_SECRETS);

        // then
        assertThat(settings.usesOAuth()).isTrue();
        assertThat(settings.oauthUrl()).isEqualTo("https://login.cloud.camunda.io/oauth/token");
        assertThat(settings.audience()).isEqualTo("zeebe.camunda.io");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }

    @Test
    void shouldReadCredentialsFromTheSecretInLambda() {
        // given
        Map<String, String> env = Map.of("AWS_LAMBDA_FUNCTION_NAME", "pdsa-tasks",
                "CAMUNDA_CREDENTIALS_SECRET_ARN", "arn:aws:secretsmanager:eu-west-2:1:secret:camunda",
                "CAMUNDA_REST_ADDRESS", "https://bru-2.zeebe.camunda.io/abc");
        SecretReader secrets = arn -> """
                {"CAMUNDA_CLIENT_ID": "id", "CAMUNDA_CLIENT_SECRET": "s3cret",
                 "CAMUNDA_OAUTH_URL": "https://login.cloud.camunda.io/oauth/token"}""";

        // when
        CamundaSettings settings = CamundaEnvironment.settings(env, secrets);

        // then
        assertThat(settings.clientId()).isEqualTo("id");
        assertThat(settings.clientSecret()).isEqualTo("s3cret");
        assertThat(settings.restAddress()).isEqualTo(URI.create("https://bru-2.zeebe.camunda.io/abc"));
    }

    @Test
    void shouldRefuseAClientSecretInALambdasPlainEnvironment() {
        assertThatThrownBy(() -> CamundaEnvironment.settings(Map.of("AWS_LAMBDA_FUNCTION_NAME", "f",
                "CAMUNDA_CLIENT_SECRET", "s3cret"), NO_SECRETS))
                .hasMessageContaining("must not be plain Lambda environment variables")
                .hasMessageNotContaining("s3cret");
    }

    @Test
    void shouldRefuseASecretWithoutCredentialsWithoutQuotingIt() {
        assertThatThrownBy(() -> CamundaEnvironment.settings(Map.of("CAMUNDA_CREDENTIALS_SECRET_ARN", "arn:x"),
                arn -> "{\"CAMUNDA_CLIENT_ID\": \"id\"}"))
                .hasMessageContaining("must hold CAMUNDA_CLIENT_ID and CAMUNDA_CLIENT_SECRET");
        assertThatThrownBy(() -> CamundaEnvironment.settings(Map.of("CAMUNDA_CREDENTIALS_SECRET_ARN", "arn:x"),
                arn -> "client=s3cret"))
                .hasMessageContaining("is not a JSON object").hasMessageNotContaining("s3cret");
    }
}
