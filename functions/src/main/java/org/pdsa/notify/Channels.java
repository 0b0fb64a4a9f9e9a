package org.pdsa.notify;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.pdsa.container.AwsCredentials;
import org.pdsa.container.AwsHttp;

/**
 * The channel the environment asks for (DESIGN.md §3.5): {@code NOTIFY_CHANNEL=ses} sends through Amazon SES
 * from {@code NOTIFY_FROM} in {@code AWS_REGION}; {@code outbox} (the default) only records. Every
 * notification is recorded in the outbox table whichever channel delivers it.
 */
public final class Channels {

    private Channels() {
    }

    public static Channel fromEnvironment() {
        return from(System.getenv());
    }

    static Channel from(Map<String, String> env) {
        String name = env.getOrDefault("NOTIFY_CHANNEL", "outbox").trim().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "", "outbox" -> new OutboxChannel();
            case "ses" -> new SesChannel(ses(env), env.get("NOTIFY_FROM"));
            default -> throw new IllegalStateException("NOTIFY_CHANNEL must be 'ses' or 'outbox', got '" + name + "'");
        };
    }

    /**
     * SES in {@code AWS_REGION}, or at {@code AWS_ENDPOINT_URL_SES} (LocalStack); Lambda's role's credentials, over
     * the container's one HTTP client.
     */
    private static SesApi ses(Map<String, String> env) {
        String region = env.getOrDefault("AWS_REGION", "eu-west-2");
        String endpoint = env.get("AWS_ENDPOINT_URL_SES");
        return new SesApi(endpoint == null || endpoint.isBlank() ? SesApi.endpointOf(region) : URI.create(endpoint), region,
                AwsCredentials.fromEnvironmentOrDefaultChain(), AwsHttp.shared());
    }
}
