package org.pdsa.store;

import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.regions.Region;

/**
 * Where the table is: {@code TABLE_NAME}, {@code AWS_ENDPOINT_URL} (dynalite or LocalStack) and
 * {@code AWS_REGION}. Outside Lambda an unset endpoint means the local stack's dynalite
 * ({@code http://localhost:8000}, or {@code PDSA_DYNAMODB_PORT}); inside Lambda it means AWS itself.
 */
public record StoreSettings(String tableName, URI endpoint, Region region) {

    public static final String DEFAULT_TABLE = "pdsa";
    public static final Region DEFAULT_REGION = Region.EU_WEST_2;
    public static final int DEFAULT_LOCAL_PORT = 8000;

    public static StoreSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static StoreSettings fromEnvironment(Map<String, String> env) {
        String table = nonBlank(env.get("TABLE_NAME"), DEFAULT_TABLE);
        Region region = Region.of(nonBlank(env.get("AWS_REGION"), DEFAULT_REGION.id()));
        String endpoint = nonBlank(env.get("AWS_ENDPOINT_URL_DYNAMODB"), env.get("AWS_ENDPOINT_URL"));
        if (endpoint == null && env.get("AWS_LAMBDA_FUNCTION_NAME") == null) {
            endpoint = "http://localhost:" + nonBlank(env.get("PDSA_DYNAMODB_PORT"), String.valueOf(DEFAULT_LOCAL_PORT));
        }
        return new StoreSettings(table, endpoint == null ? null : URI.create(endpoint), region);
    }

    /** Settings for a local endpoint (dynalite in tests and the local stack). */
    public static StoreSettings local(URI endpoint, String tableName) {
        return new StoreSettings(tableName, endpoint, DEFAULT_REGION);
    }

    /** True when the endpoint is this machine: any credentials will do there. */
    public boolean isLocalEndpoint() {
        return endpoint != null && ("localhost".equals(endpoint.getHost()) || "127.0.0.1".equals(endpoint.getHost()));
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
