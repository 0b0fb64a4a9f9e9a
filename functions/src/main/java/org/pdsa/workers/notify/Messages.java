package org.pdsa.workers.notify;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;

/**
 * The words of a notification: a subject naming the event, the programme and (for a cycle) the provider;
 * a body opening with what happened, then the task's {@code details} as "Label: value" lines in the order
 * the process gave them, so a details mapping changed in Modeler shows without code changes.
 */
public final class Messages {

    private Messages() {
    }

    /** A subject and a plain-text body. */
    public record Message(String subject, String body) {
    }

    public static Message compose(NotifyEvent event, Programme programme, String providerId, String cycleId,
                                  JsonNode details) {
        String provider = providerId == null ? null
                : programme.provider(providerId).map(Provider::name).orElse(providerId);
        String subject = event.subject() + ": " + programme.name() + (provider == null ? "" : " at " + provider);
        List<String> lines = new ArrayList<>();
        lines.add(event.opening());
        lines.add("");
        lines.add("Programme: " + programme.name());
        if (provider != null) {
            lines.add("Provider: " + provider);
        }
        if (cycleId != null) {
            lines.add("Cycle: " + cycleId);
        }
        if (details != null && details.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String value = text(field.getValue());
                if (value != null && !value.isBlank()) {
                    lines.add(label(field.getKey()) + ": " + value);
                }
            }
        }
        return new Message(subject, String.join("\n", lines));
    }

    /** {@code testWindowStart} reads "Test window start". */
    static String label(String key) {
        StringBuilder label = new StringBuilder();
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c) && label.length() > 0) {
                label.append(' ').append(Character.toLowerCase(c));
            } else {
                label.append(label.length() == 0 ? Character.toUpperCase(c) : c);
            }
        }
        return label.toString();
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> items.add(text(v)));
            return String.join(", ", items);
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "yes" : "no";
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }
}
