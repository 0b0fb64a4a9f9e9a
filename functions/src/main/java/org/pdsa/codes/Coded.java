package org.pdsa.codes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum with a wire code: the lower-case, hyphenated name used in JSON, forms and the table. */
public interface Coded {

    /** The enum constant's name as the API writes it, e.g. {@code NO_SIGNAL} is {@code no-signal}. */
    default String code() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constant whose code equals {@code raw} (case-insensitive), if any. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String wanted = raw.trim();
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equalsIgnoreCase(wanted)).findFirst();
    }

    /** The allowed codes joined with '|' for error messages, e.g. {@code adopt|adapt|abandon}. */
    static <E extends Enum<E> & Coded> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining("|"));
    }
}
