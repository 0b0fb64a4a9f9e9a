package org.pdsa.local.gateway;

import java.nio.file.Path;

/**
 * How to run the local gateway: host and port (0 picks a free one; the contract's default is 3000 or
 * {@code PDSA_API_PORT}), the audience tokens must name, where the signing key lives, and the web app folder
 * served at {@code /} when it exists. The issuer is {@code http://localhost:<port>}.
 */
public record GatewayConfig(String host, int port, String audience, Path keysDir, Path webDir) {

    public static final int DEFAULT_PORT = 3000;
    public static final String AUDIENCE = "pdsa-api";

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
