package org.pdsa.camunda;

import java.net.URI;
import java.util.Map;

/**
 * Where the Camunda 8 cluster is and how to sign in, following camunda-client-java's environment
 * conventions: {@code CAMUNDA_REST_ADDRESS}, {@code CAMUNDA_GRPC_ADDRESS}, {@code CAMUNDA_CLIENT_ID},
 * {@code CAMUNDA_CLIENT_SECRET}, {@code CAMUNDA_OAUTH_URL} (or {@code CAMUNDA_AUTHORIZATION_SERVER_URL}),
 * {@code CAMUNDA_TOKEN_AUDIENCE} and {@code CAMUNDA_TOKEN_SCOPE}. Without a client id the cluster is
 * reached without credentials (the local engine). {@code restAddress} is the root: the client adds
 * {@code /v2} itself.
 */
public record CamundaSettings(
        URI restAddress,
        URI grpcAddress,
        String clientId,
        String clientSecret,
        String oauthUrl,
        String audience,
        String scope) {

    /** The local engine's address (DESIGN §3.4), camunda-client-java's default as well. */
    public static final URI DEFAULT_REST_ADDRESS = URI.create("http://localhost:8080");
    static final String DEFAULT_LOCAL_PORT_VARIABLE = "PDSA_ENGINE_PORT";

    public CamundaSettings {
        if (restAddress == null) {
            throw new IllegalArgumentException("the Camunda REST address is required");
        }
    }

    /** The local engine, no credentials. */
    public static CamundaSettings local(URI restAddress) {
        return new CamundaSettings(restAddress, null, null, null, null, null, null);
    }

    /**
     * Settings from environment variables alone (credentials included); the address defaults to the local
     * engine ({@code http://localhost:8080}, or {@code PDSA_ENGINE_PORT}).
     */
    public static CamundaSettings fromVariables(Map<String, String> env) {
        String rest = value(env, "CAMUNDA_REST_ADDRESS");
        if (rest == null) {
            String port = value(env, DEFAULT_LOCAL_PORT_VARIABLE);
            rest = port == null ? DEFAULT_REST_ADDRESS.toString() : "http://localhost:" + port;
        }
        String grpc = value(env, "CAMUNDA_GRPC_ADDRESS");
        String oauth = value(env, "CAMUNDA_OAUTH_URL");
        return new CamundaSettings(URI.create(rest), grpc == null ? null : URI.create(grpc),
                value(env, "CAMUNDA_CLIENT_ID"), value(env, "CAMUNDA_CLIENT_SECRET"),
                oauth != null ? oauth : value(env, "CAMUNDA_AUTHORIZATION_SERVER_URL"),
                value(env, "CAMUNDA_TOKEN_AUDIENCE"), value(env, "CAMUNDA_TOKEN_SCOPE"));
    }

    /** True when the client must sign in with OAuth client credentials. */
    public boolean usesOAuth() {
        return clientId != null;
    }

    /** The settings without the secret, for logs and error messages. */
    @Override
    public String toString() {
        return "CamundaSettings[restAddress=" + restAddress + ", grpcAddress=" + grpcAddress + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "none" : "(set)") + ", oauthUrl=" + oauthUrl
                + ", audience=" + audience + ", scope=" + scope + "]";
    }

    static String value(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
