package org.pdsa.api;

import java.security.SecureRandom;

/**
 * New ids for runs and cycle series: readable, unique (a random part), and valid as table keys (letters,
 * digits, '-', at most 64 characters with the cycle number appended).
 */
public final class Identifiers {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final int LONGEST_READABLE_PREFIX = 40;

    private Identifiers() {
    }

    /** A programme run: {@code run-7qk2m9xa}. */
    public static String run() {
        return "run-" + random(8);
    }

    /** A standalone series of cycles of a provider: {@code rf4-7qk2m9xa}. */
    public static String cycleSeries(String providerId) {
        String prefix = providerId.length() <= LONGEST_READABLE_PREFIX ? providerId : "series";
        return prefix + "-" + random(8);
    }

    /** The id of cycle {@code number} of a series, as the BPMN computes it ({@code cycleSeriesId + "-" + n}). */
    public static String cycle(String seriesId, int number) {
        return seriesId + "-" + number;
    }

    static String random(int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }
}
