package org.pdsa.domain;

/**
 * What the provider's leads wrote when they studied a cycle: what happened during the test, what was
 * learned, surprises, what to change next (for adapt), and why data was missing (when it was).
 */
public record StudyNotes(
        String observations,
        String learning,
        String surprises,
        String nextChange,
        String missingDataNote) {
}
