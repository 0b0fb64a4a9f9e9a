package org.pdsa.notify;

import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

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
            case "ses" -> new SesChannel(SesV2Client.builder()
                    .httpClient(UrlConnectionHttpClient.create())
                    .region(Region.of(env.getOrDefault("AWS_REGION", "eu-west-2")))
                    .build(), env.get("NOTIFY_FROM"));
            default -> throw new IllegalStateException("NOTIFY_CHANNEL must be 'ses' or 'outbox', got '" + name + "'");
        };
    }
}
