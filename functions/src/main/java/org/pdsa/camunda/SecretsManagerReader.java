package org.pdsa.camunda;

import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/** Reads a secret from AWS Secrets Manager once, with the function's role and the light HTTP client. */
public final class SecretsManagerReader implements SecretReader {

    @Override
    public String read(String secretArn) {
        // one call per container, at init: the client is closed right after
        try (SecretsManagerClient client = SecretsManagerClient.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            String text = client.getSecretValue(r -> r.secretId(secretArn)).secretString();
            if (text == null) {
                throw new IllegalStateException("secret " + secretArn + " has no text value (a binary secret?)");
            }
            return text;
        }
    }
}
