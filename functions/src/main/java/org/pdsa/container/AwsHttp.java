package org.pdsa.container;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The container's one SDK HTTP client (url-connection), shared by the DynamoDB client and the Secrets Manager
 * read: each client built loads the JDK's trust store and sets up TLS again, some tens of milliseconds of a
 * cold start. Never closed by its users: it lives as long as the container.
 */
public final class AwsHttp {

    private static final Lazy<SdkHttpClient> SHARED = new Lazy<>(UrlConnectionHttpClient::create);

    private AwsHttp() {}

    public static SdkHttpClient shared() {
        return SHARED.get();
    }
}
