package org.pdsa.container;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;

/** The credentials the container's AWS calls sign with. */
public final class AwsCredentials {

    private AwsCredentials() {}

    /** True when the environment holds credentials (Lambda puts its role's there). */
    public static boolean inEnvironment() {
        return System.getenv("AWS_ACCESS_KEY_ID") != null;
    }

    /**
     * The environment's credentials when it has them, the cheapest provider to start; otherwise the SDK's
     * default chain (profiles, SSO, container and instance roles).
     */
    public static AwsCredentialsProvider fromEnvironmentOrDefaultChain() {
        return inEnvironment() ? EnvironmentVariableCredentialsProvider.create() : DefaultCredentialsProvider.builder().build();
    }
}
