package org.pdsa.local.gateway;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.pdsa.api.Role;
import org.pdsa.codes.Coded;

/**
 * A small OpenID Connect provider for one machine: the authorization code flow with PKCE (S256 only) for the web
 * app, so that it signs in locally through the same code path as against Cognito in AWS. The person chooses an
 * identity on a page instead of typing a password; the token endpoint checks the code verifier and issues the
 * locally signed JWTs the gateway accepts. Local only: it never runs in AWS.
 */
public final class LocalSignIn {

    /** How long a code may wait to be exchanged (RFC 6749 recommends at most ten minutes). */
    static final Duration CODE_TTL = Duration.ofMinutes(2);
    /** How long the web app's tokens live. */
    static final Duration TOKEN_TTL = Duration.ofHours(8);
    private static final Pattern PKCE_VALUE = Pattern.compile("[A-Za-z0-9._~-]{43,128}");
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    /** A request from the web app to sign in, checked. */
    public record Request(String clientId, String redirectUri, String state, String codeChallenge, String nonce) {
    }

    /** A refusal: {@code error} is the OAuth code; {@code redirect} says whether the client may be told by redirect. */
    public static final class Refused extends Exception {
        final String error;
        final boolean redirect;

        Refused(String error, String description, boolean redirect) {
            super(description);
            this.error = error;
            this.redirect = redirect;
        }

        public String error() {
            return error;
        }
    }

    /** A sign-in page answer that names nobody: the field at fault and what to do. */
    public static final class InvalidChoice extends Exception {
        private final String field;

        InvalidChoice(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    private record Grant(Request request, SignInIdentity identity, Instant expires) {
    }

    private final List<SignInIdentity> identities;
    private final TokenIssuer tokens;
    private final int port;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    public LocalSignIn(List<SignInIdentity> identities, TokenIssuer tokens, int port, Clock clock) {
        this.identities = List.copyOf(identities);
        this.tokens = tokens;
        this.port = port;
        this.clock = clock;
    }

    public List<SignInIdentity> identities() {
        return identities;
    }

    /** The discovery document (OpenID Connect Discovery 1.0) of this provider. */
    public String discovery() {
        String iss = tokens.issuer();
        return "{\"issuer\":\"" + iss + "\",\"authorization_endpoint\":\"" + iss + "/oauth2/authorize\","
                + "\"token_endpoint\":\"" + iss + "/oauth2/token\",\"jwks_uri\":\"" + iss + "/.well-known/jwks.json\","
                + "\"end_session_endpoint\":\"" + iss + "/oauth2/logout\","
                + "\"response_types_supported\":[\"code\"],\"grant_types_supported\":[\"authorization_code\"],"
                + "\"code_challenge_methods_supported\":[\"S256\"],\"token_endpoint_auth_methods_supported\":[\"none\"],"
                + "\"scopes_supported\":[\"openid\"],\"subject_types_supported\":[\"public\"],"
                + "\"claims_supported\":[\"sub\",\"role\",\"provider\",\"groups\"],"
                + "\"id_token_signing_alg_values_supported\":[\"RS256\"]}";
    }

    /** Checks a sign-in request's parameters (the authorize endpoint's query, or the page's hidden fields). */
    public Request check(Map<String, String> params) throws Refused {
        String clientId = params.get("client_id");
        if (!WebApp.CLIENT_ID.equals(clientId)) {
            throw new Refused("unauthorized_client", "unknown client_id '" + clientId + "'; the local web app is "
                    + WebApp.CLIENT_ID, false);
        }
        String redirectUri = params.get("redirect_uri");
        if (!isOwnOrigin(redirectUri)) {
            throw new Refused("invalid_request", "redirect_uri must be a page of this gateway (http://localhost:" + port
                    + "/...), got '" + redirectUri + "'", false);
        }
        if (!"code".equals(params.get("response_type"))) {
            throw new Refused("unsupported_response_type", "only response_type=code is supported", true);
        }
        String challenge = params.get("code_challenge");
        if (!"S256".equals(params.get("code_challenge_method")) || challenge == null
                || !PKCE_VALUE.matcher(challenge).matches()) {
            throw new Refused("invalid_request", "PKCE is required: code_challenge (43-128 characters) with"
                    + " code_challenge_method=S256", true);
        }
        return new Request(clientId, redirectUri, params.get("state"), challenge, params.get("nonce"));
    }

    /** The identity chosen on the page: one offered by index, or {@code other} described by its fields. */
    public SignInIdentity chosen(Map<String, String> form) throws InvalidChoice {
        String choice = form.getOrDefault("identity", "");
        if (choice.matches("\\d+") && Integer.parseInt(choice) < identities.size()) {
            return identities.get(Integer.parseInt(choice));
        }
        if (!"other".equals(choice)) {
            throw new InvalidChoice("identity", "Select who you want to sign in as");
        }
        Role role = Coded.parse(Role.class, form.get("role")).orElseThrow(() ->
                new InvalidChoice("role", "Select a role"));
        String subject = blankToNull(form.get("subject"));
        if (subject == null) {
            throw new InvalidChoice("subject", "Enter a user name");
        }
        String provider = blankToNull(form.get("provider"));
        if (role != Role.MANAGER && provider == null) {
            throw new InvalidChoice("provider", "Enter the provider that " + role.code() + " " + subject
                    + " belongs to");
        }
        List<String> groups = Arrays.stream(form.getOrDefault("groups", "").split("[,\\s]+"))
                .filter(g -> !g.isBlank()).toList();
        return new SignInIdentity(role, subject, role == Role.MANAGER ? null : provider, groups);
    }

    /** Issues a one-time code for {@code identity} and returns where to send the browser with it. */
    public String grant(Request request, SignInIdentity identity) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(code, new Grant(request, identity, clock.instant().plus(CODE_TTL)));
        return withQuery(request.redirectUri(), "code=" + code + (request.state() == null ? ""
                : "&state=" + java.net.URLEncoder.encode(request.state(), StandardCharsets.UTF_8)));
    }

    /** Where a refused request goes back to the client with its error (RFC 6749 §4.1.2.1). */
    public static String errorRedirect(Map<String, String> params, Refused refused) {
        String state = params.get("state");
        return withQuery(params.get("redirect_uri"), "error=" + refused.error + "&error_description="
                + java.net.URLEncoder.encode(refused.getMessage(), StandardCharsets.UTF_8)
                + (state == null ? "" : "&state=" + java.net.URLEncoder.encode(state, StandardCharsets.UTF_8)));
    }

    /** The token endpoint: exchanges a code and its PKCE verifier for an access token and an ID token (JSON). */
    public String exchange(Map<String, String> form) throws Refused {
        if (!"authorization_code".equals(form.get("grant_type"))) {
            throw new Refused("unsupported_grant_type", "only grant_type=authorization_code is supported", false);
        }
        Grant grant = Optional.ofNullable(form.get("code")).map(grants::remove).orElseThrow(() ->
                new Refused("invalid_grant", "unknown or already used code", false));
        Instant now = clock.instant();
        if (now.isAfter(grant.expires())) {
            throw new Refused("invalid_grant", "the code has expired (codes live " + CODE_TTL.toSeconds() + " s)", false);
        }
        if (!grant.request().clientId().equals(form.get("client_id"))
                || !grant.request().redirectUri().equals(form.get("redirect_uri"))) {
            throw new Refused("invalid_grant", "client_id and redirect_uri must be those of the sign-in request", false);
        }
        String verifier = form.get("code_verifier");
        if (verifier == null || !PKCE_VALUE.matcher(verifier).matches()
                || !s256(verifier).equals(grant.request().codeChallenge())) {
            throw new Refused("invalid_grant", "code_verifier does not match the code_challenge", false);
        }
        SignInIdentity who = grant.identity();
        String access = tokens.mint(who.role(), who.subject(), who.provider(), who.groups(), TOKEN_TTL, now);
        String id = tokens.mintIdToken(who.role(), who.subject(), who.provider(), who.groups(),
                grant.request().clientId(), grant.request().nonce(), TOKEN_TTL, now);
        return "{\"access_token\":\"" + access + "\",\"id_token\":\"" + id + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":" + TOKEN_TTL.toSeconds() + ",\"scope\":\"openid\"}";
    }

    /** True when {@code uri} is an http page on this gateway's loopback origin (where the web app is served). */
    public boolean isOwnOrigin(String uri) {
        if (uri == null) {
            return false;
        }
        try {
            URI u = new URI(uri);
            return "http".equals(u.getScheme()) && u.getHost() != null && LOOPBACK.contains(u.getHost())
                    && u.getPort() == port && u.getRawFragment() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String withQuery(String uri, String query) {
        return uri + (uri.contains("?") ? "&" : "?") + query;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
