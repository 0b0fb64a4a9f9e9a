package org.pdsa.workers.notify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.pdsa.domain.Participant;
import org.pdsa.domain.Programme;
import org.pdsa.workers.JobInputException;

/**
 * Who an audience is within a programme. The table knows people by the programme's participants (name,
 * email, provider or the whole programme) and managers (identity subjects); lead groups live in the
 * identity provider, so a provider's leads are reached as the participants registered for that provider.
 * A manager whose subject is an email address is written to; otherwise the notification is recorded for
 * the subject without an address. One message per person, however many roles they have.
 */
public final class Recipients {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Recipients() {
    }

    public static List<Recipient> of(Programme programme, String providerId, Audience audience) {
        List<Recipient> found = new ArrayList<>();
        switch (audience) {
            case LEADS -> programme.participants().stream()
                    .filter(p -> providerId(providerId, audience).equals(p.providerId()))
                    .forEach(p -> found.add(person(p)));
            case PARTICIPANTS -> programme.participantsFollowing(providerId(providerId, audience))
                    .forEach(p -> found.add(person(p)));
            case MANAGERS -> programme.managers().forEach(m -> found.add(manager(m)));
            case EVERYONE -> {
                programme.participants().forEach(p -> found.add(person(p)));
                programme.managers().forEach(m -> found.add(manager(m)));
            }
        }
        Map<String, Recipient> once = new LinkedHashMap<>();
        found.forEach(r -> once.putIfAbsent(r.key(), r));
        return List.copyOf(once.values());
    }

    private static String providerId(String providerId, Audience audience) {
        if (providerId == null) {
            throw new JobInputException("audience '" + audience.code() + "' needs the variable 'providerId'");
        }
        return providerId;
    }

    private static Recipient person(Participant p) {
        String email = p.email() == null || p.email().isBlank() ? null : p.email();
        return new Recipient(p.name(), email, email == null ? "participant:" + p.name() : email.toLowerCase(Locale.ROOT));
    }

    private static Recipient manager(String subject) {
        boolean address = EMAIL.matcher(subject).matches();
        return new Recipient(subject, address ? subject : null, address ? subject.toLowerCase(Locale.ROOT) : subject);
    }
}
