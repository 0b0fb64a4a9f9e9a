package org.pdsa.domain;

/** A person to notify; {@code providerId} is null for people who follow the whole programme. */
public record Participant(String name, String email, String providerId) {

    /** True when this person hears about cycles of {@code provider}. */
    public boolean follows(String provider) {
        return providerId == null || providerId.equals(provider);
    }
}
