package org.pdsa.lambda;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The container's one SDK HTTP client (url-connection), shared by the DynamoDB client and the Secrets Manager
 * read: each client built loads the JDK's trust store and sets up TLS again, some tens of milliseconds of a
 * cold start. Never closed by its users: it lives as long as the container.
 */
public final class AwsHttp {

    private static volatile SdkHttpClient shared;

    private AwsHttp() {}

    public static SdkHttpClient shared() {
        SdkHttpClient c = shared;
        if (c == null) {
            synchronized (AwsHttp.class) {
                c = shared;
                if (c == null) {
                    c = UrlConnectionHttpClient.create();
                    shared = c;
                }
            }
        }
        return c;
    }
}
