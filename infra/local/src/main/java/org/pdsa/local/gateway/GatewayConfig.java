package org.pdsa.local.gateway;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run the local gateway: host and port (0 picks a free one; the contract's default is 3000 or
 * {@code PDSA_API_PORT}), the audience tokens must name, where the signing key lives, the web app package
 * ({@link WebApp}: its site served at {@code /} when it exists), and the identities the local sign-in page offers.
 * The issuer is {@code http://localhost:<port>}.
 */
public record GatewayConfig(String host, int port, String audience, Path keysDir, Path webDir,
                            List<SignInIdentity> signIn) {

    public static final int DEFAULT_PORT = 3000;
    public static final String AUDIENCE = "pdsa-api";

    public GatewayConfig {
        signIn = signIn == null ? List.of() : List.copyOf(signIn);
    }

    /** A gateway whose sign-in page offers no ready-made identity (only "someone else"). */
    public GatewayConfig(String host, int port, String audience, Path keysDir, Path webDir) {
        this(host, port, audience, keysDir, webDir, List.of());
    }

    /** The issuer of tokens for a gateway on {@code port}. */
    public static String issuer(int port) {
        return "http://localhost:" + port;
    }

    /** The gateway's port on this machine: {@code PDSA_API_PORT}, or 3000. */
    public static int portFromEnvironment() {
        String value = System.getenv("PDSA_API_PORT");
        return value == null || value.isBlank() ? DEFAULT_PORT : Integer.parseInt(value.strip());
    }
}
