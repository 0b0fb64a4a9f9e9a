package org.pdsa.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.api.Role;

/** The local OpenID provider: PKCE code flow, its refusals, and the tokens the gateway then accepts. */
class LocalSignInTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PORT = 3999;
    private static final String CALLBACK = "http://localhost:" + PORT + "/callback.html";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final SignInIdentity STAFF = new SignInIdentity(Role.STAFF, "rf4-lead", "RF4", List.of("RF4-leads"));

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.now());
    private LocalKeys keys;
    private LocalSignIn signIn;

    @BeforeEach
    void setUp() {
        keys = LocalKeys.inDirectory(dir);
        signIn = new LocalSignIn(List.of(STAFF), new TokenIssuer(keys, GatewayConfig.issuer(PORT), GatewayConfig.AUDIENCE),
                PORT, clock);
    }

    @Test
    void shouldExchangeACodeForTokensWhenTheVerifierMatchesTheChallenge() throws Exception {
        // given: RFC 7636 appendix B's verifier and challenge
        LocalSignIn.Request request = signIn.check(authorize("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        String redirect = signIn.grant(request, signIn.chosen(Map.of("identity", "0")));

        // when
        JsonNode tokens = JSON.readTree(signIn.exchange(token(code(redirect), VERIFIER)));

        // then
        assertThat(redirect).startsWith(CALLBACK + "?code=").endsWith("&state=s+1");
        assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
        JwtAuthorizer.Authorized access = new JwtAuthorizer(keys.publicJwks(), GatewayConfig.issuer(PORT),
                GatewayConfig.AUDIENCE).authorize("Bearer " + tokens.path("access_token").asText());
        assertThat(access.claims()).containsEntry("sub", "rf4-lead").containsEntry("role", "staff")
                .containsEntry("provider", "RF4").containsEntry("groups", "[RF4-leads]");
        var id = SignedJWT.parse(tokens.path("id_token").asText()).getJWTClaimsSet();
        assertThat(id.getAudience()).containsExactly(WebApp.CLIENT_ID);
        assertThat(id.getStringClaim("nonce")).isEqualTo("n-1");
    }

    @Test
    void shouldRefuseAWrongVerifierAReusedCodeAndAnExpiredCode() throws Exception {
        // given
        LocalSignIn.Request request = signIn.check(authorize(LocalSignIn.s256(VERIFIER)));
        String first = code(signIn.grant(request, STAFF));
        String second = code(signIn.grant(request, STAFF));

        // when / then: a wrong verifier uses the code up
        assertThatThrownBy(() -> signIn.exchange(token(first, VERIFIER.replace('d', 'e'))))
                .hasMessageContaining("code_verifier does not match");
        assertThatThrownBy(() -> signIn.exchange(token(first, VERIFIER))).hasMessageContaining("unknown or already used");
        clock.advance(LocalSignIn.CODE_TTL.plusSeconds(1));
        assertThatThrownBy(() -> signIn.exchange(token(second, VERIFIER))).hasMessageContaining("expired");
    }

    @Test
    void shouldRefuseRequestsWithoutPkceOrForAnotherClientOrOrigin() {
        Map<String, String> noPkce = new HashMap<>(authorize("x".repeat(43)));
        noPkce.remove("code_challenge_method");
        Map<String, String> otherClient = new HashMap<>(authorize("x".repeat(43)));
        otherClient.put("client_id", "someone-else");
        Map<String, String> otherOrigin = new HashMap<>(authorize("x".repeat(43)));
        otherOrigin.put("redirect_uri", "http://evil.example/callback.html");

        assertThatThrownBy(() -> signIn.check(noPkce)).isInstanceOfSatisfying(LocalSignIn.Refused.class,
                r -> assertThat(r.redirect).isTrue()).hasMessageContaining("PKCE is required");
        assertThatThrownBy(() -> signIn.check(otherClient)).isInstanceOfSatisfying(LocalSignIn.Refused.class,
                r -> assertThat(r.redirect).isFalse());
        assertThatThrownBy(() -> signIn.check(otherOrigin)).hasMessageContaining("redirect_uri must be a page of this gateway");
        assertThat(LocalSignIn.errorRedirect(noPkce, new LocalSignIn.Refused("invalid_request", "no", true)))
                .isEqualTo(CALLBACK + "?error=invalid_request&error_description=no&state=s+1");
    }

    @Test
    void shouldSignInSomeoneElseAndNameTheFieldThatIsMissing() throws Exception {
        SignInIdentity other = signIn.chosen(Map.of("identity", "other", "role", "staff", "subject", "rfr-lead",
                "provider", "RFR", "groups", "RFR-leads, RFR-ed"));
        assertThat(other).isEqualTo(new SignInIdentity(Role.STAFF, "rfr-lead", "RFR", List.of("RFR-leads", "RFR-ed")));

        assertThatThrownBy(() -> signIn.chosen(Map.of("identity", "other", "role", "staff", "subject", "x")))
                .isInstanceOfSatisfying(LocalSignIn.InvalidChoice.class, e -> assertThat(e.field()).isEqualTo("provider"));
        assertThatThrownBy(() -> signIn.chosen(Map.of()))
                .isInstanceOfSatisfying(LocalSignIn.InvalidChoice.class, e -> assertThat(e.field()).isEqualTo("identity"));
    }

    private static Map<String, String> authorize(String challenge) {
        return Map.of("client_id", WebApp.CLIENT_ID, "redirect_uri", CALLBACK, "response_type", "code", "state", "s 1",
                "code_challenge", challenge, "code_challenge_method", "S256", "nonce", "n-1");
    }

    private static Map<String, String> token(String code, String verifier) {
        return Map.of("grant_type", "authorization_code", "code", code, "client_id", WebApp.CLIENT_ID,
                "redirect_uri", CALLBACK, "code_verifier", verifier);
    }

    private static String code(String redirect) {
        String query = URI.create(redirect).getQuery();
        return query.replaceFirst("^code=([^&]+).*$", "$1");
    }

    /** A clock tests move forward. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
