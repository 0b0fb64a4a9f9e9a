package org.pdsa.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.api.Role;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.stack.testing.FakeProcessEngine;
import org.pdsa.local.stack.testing.LocalStackExtension;

class GatewayAuthE2ETest {

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngineStandIn(new FakeProcessEngine());

    @Test
    void shouldRefuseARequestWithoutTokenAsApiGatewayDoes(ApiClient api) {
        // when
        ApiClient.Response response = api.anonymous().get("/programmes/anything");

        // then
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo("{\"message\":\"Unauthorized\"}");
        assertThat(response.header("www-authenticate")).hasValueSatisfying(h -> assertThat(h).contains("invalid_token"));
    }

    @Test
    void shouldRefuseAnExpiredToken(LocalStack stack, ApiClient api) {
        // given
        String expired = stack.tokens().mint(Role.MANAGER, "mary", null, List.of(), Duration.ofMinutes(5),
                Instant.now().minus(Duration.ofHours(1)));

        // when
        ApiClient.Response response = api.withAuthorization("Bearer " + expired).get("/programmes/anything");

        // then
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("www-authenticate")).hasValueSatisfying(h -> assertThat(h).contains("Expired"));
    }

    @Test
    void shouldRefuseATokenSignedByAnotherKey(ApiClient api) throws Exception {
        // given: same issuer and audience, but a key the gateway's JWKS does not hold
        Path otherDir = Files.createTempDirectory("other-keys-");
        TokenIssuer forger = new TokenIssuer(LocalKeys.inDirectory(otherDir), api.base().toString().replaceAll("/$", ""),
                GatewayConfig.AUDIENCE);

        // when
        ApiClient.Response response = api.withAuthorization("Bearer " + forger.mint(Role.MANAGER, "mary", null,
                List.of(), Duration.ofHours(1), Instant.now())).get("/programmes/anything");

        // then
        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseATokenForAnotherAudienceOrIssuer(LocalStack stack, ApiClient api) {
        // given
        LocalKeys keys = LocalKeys.inDirectory(stack.config().keysDir());
        String otherAudience = new TokenIssuer(keys, stack.tokens().issuer(), "another-api")
                .mint(Role.MANAGER, "mary", null, List.of(), Duration.ofHours(1), Instant.now());
        String otherIssuer = new TokenIssuer(keys, "http://localhost:1", GatewayConfig.AUDIENCE)
                .mint(Role.MANAGER, "mary", null, List.of(), Duration.ofHours(1), Instant.now());

        // when / then
        assertThat(api.withAuthorization("Bearer " + otherAudience).get("/programmes/x").status()).isEqualTo(401);
        assertThat(api.withAuthorization("Bearer " + otherIssuer).get("/programmes/x").status()).isEqualTo(401);
        assertThat(api.withAuthorization("not-a-jwt").get("/programmes/x").status()).isEqualTo(401);
    }

    @Test
    void shouldAnswerHealthWithoutToken(ApiClient api) {
        ApiClient.Response response = api.anonymous().get("/health");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void shouldServeTheJwksThatVerifiesItsTokens(LocalStack stack, ApiClient api) throws Exception {
        // when
        ApiClient.Response jwks = api.anonymous().get("/.well-known/jwks.json");

        // then: one public RSA key, the one tokens name
        assertThat(jwks.status()).isEqualTo(200);
        RSAKey key = RSAKey.parse(jwks.json().path("keys").get(0).toString());
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyID()).isEqualTo(com.nimbusds.jwt.SignedJWT.parse(stack.tokens().mint(Role.STAFF, "a", "rf4",
                List.of(), Duration.ofMinutes(1), Instant.now())).getHeader().getKeyID());
        assertThat(api.anonymous().get("/.well-known/openid-configuration").json().path("issuer").asText())
                .isEqualTo(stack.tokens().issuer());
    }

    @Test
    void shouldAnswerUnknownRoutesAsApiGatewayDoes(ApiClient api) {
        ApiClient.Response response = api.as(Role.MANAGER, "mary", null).get("/nowhere");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"message\":\"Not Found\"}");
    }

    @Test
    void shouldKeepAHandlersOwn404(ApiClient api) {
        // when: a route that exists, for a programme that does not
        ApiClient.Response response = api.as(Role.MANAGER, "mary", null).get("/programmes/no-such-programme");

        // then: the handler's problem+json, not the gateway's "Not Found"
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("content-type")).hasValue("application/problem+json");
        assertThat(response.json().path("detail").asText()).isEqualTo("no programme no-such-programme");
    }
}
