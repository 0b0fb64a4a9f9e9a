package org.pdsa.local.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks bearer tokens the way API Gateway's JWT authorizer does for an HTTP API: an RS256 signature by a key
 * of the JWKS, the issuer, the audience, {@code exp} required and {@code exp}/{@code nbf} in force (a minute of
 * clock skew, as the library allows). It then hands over the claims as API Gateway delivers them to Lambda:
 * every value a string, an array as {@code [a b c]}, dates as epoch seconds; scopes from {@code scope} or
 * {@code scp}, null when there are none.
 */
public final class JwtAuthorizer {

    /** A token that passed: its claims and scopes as the handler will see them. */
    public record Authorized(Map<String, String> claims, List<String> scopes) {
    }

    /** A token that did not pass, with why (for the gateway's log and its WWW-Authenticate header). */
    public static final class Unauthorized extends Exception {
        public Unauthorized(String reason) {
            super(reason);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public JwtAuthorizer(JWKSet jwks, String issuer, String audience) {
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(Set.of(audience),
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("exp"), null));
    }

    /** Checks the {@code Authorization} header's token ("Bearer " is optional, as for API Gateway). */
    public Authorized authorize(String authorization) throws Unauthorized {
        if (authorization == null || authorization.isBlank()) {
            throw new Unauthorized("no Authorization header");
        }
        String token = authorization.strip();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).strip();
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ParseException e) {
            throw new Unauthorized("the token is not a JWT");
        } catch (BadJOSEException | JOSEException e) {
            throw new Unauthorized(e.getMessage());
        }
        return new Authorized(delivered(claims), scopes(claims));
    }

    /** The claims in API Gateway's wire format (payload 2.0): strings only. */
    static Map<String, String> delivered(JWTClaimsSet claims) {
        Map<String, String> values = new LinkedHashMap<>();
        claims.toJSONObject().forEach((name, value) -> {
            if (value != null) {
                values.put(name, text(value));
            }
        });
        return values;
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> list) {
            return list.stream().map(JwtAuthorizer::text).collect(Collectors.joining(" ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            try {
                return JSON.writeValueAsString(map);
            } catch (JsonProcessingException e) {
                return map.toString();
            }
        }
        return String.valueOf(value);
    }

    private static List<String> scopes(JWTClaimsSet claims) {
        Object scope = claims.getClaim("scope");
        if (scope instanceof String s && !s.isBlank()) {
            return Arrays.stream(s.strip().split("\\s+")).toList();
        }
        Object scp = claims.getClaim("scp");
        if (scp instanceof Collection<?> list && !list.isEmpty()) {
            return list.stream().map(String::valueOf).toList();
        }
        return null;
    }
}
