package org.pdsa.local.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.pdsa.api.Role;

/**
 * Mints local tokens (RS256, signed by {@link LocalKeys}) with the identity claims of DESIGN §3.2: {@code sub},
 * {@code role}, {@code provider}, {@code groups}, for the local gateway's issuer and audience.
 */
public final class TokenIssuer {

    private final LocalKeys keys;
    private final String issuer;
    private final String audience;

    public TokenIssuer(LocalKeys keys, String issuer, String audience) {
        this.keys = keys;
        this.issuer = issuer;
        this.audience = audience;
    }

    /** A signed token; {@code provider} may be null (managers), {@code groups} empty. */
    public String mint(Role role, String subject, String provider, List<String> groups, Duration ttl, Instant now) {
        return sign(claims(role, subject, provider, groups, ttl, now).audience(audience).build());
    }

    /**
     * An OpenID Connect ID token for the web app {@code clientId} (its audience), with the same identity claims
     * and the {@code nonce} the sign-in request carried (none when null).
     */
    public String mintIdToken(Role role, String subject, String provider, List<String> groups, String clientId,
            String nonce, Duration ttl, Instant now) {
        JWTClaimsSet.Builder claims = claims(role, subject, provider, groups, ttl, now).audience(clientId)
                .claim("auth_time", now.getEpochSecond());
        if (nonce != null) {
            claims.claim("nonce", nonce);
        }
        return sign(claims.build());
    }

    private JWTClaimsSet.Builder claims(Role role, String subject, String provider, List<String> groups, Duration ttl,
            Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim("role", role.code());
        if (provider != null) {
            claims.claim("provider", provider);
        }
        if (groups != null && !groups.isEmpty()) {
            claims.claim("groups", List.copyOf(groups));
        }
        return claims;
    }

    private String sign(JWTClaimsSet claims) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(keys.keyId())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(keys.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token: " + e.getMessage(), e);
        }
        return jwt.serialize();
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }
}
