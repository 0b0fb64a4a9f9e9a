package org.pdsa.store;

import java.time.LocalDate;

/**
 * The table's key values, one method per item kind, so the key design in functions/STORE.md lives in one
 * place. Ids are validated upstream to exclude '#'; free-form parts (callers, routes, client keys) are
 * escaped so that no two scopes can share a key.
 */
final class Keys {

    static final String PROGRAMME = "PROGRAMME";
    static final String CYCLE = "CYCLE";
    static final String DECISION = "DECISION";

    private Keys() {
    }

    static String programme(String programmeId) {
        return "PROGRAMME#" + programmeId;
    }

    static String cycle(String cycleId) {
        return "CYCLE#" + cycleId;
    }

    static String manager(String subject) {
        return "MANAGER#" + escape(subject);
    }

    static String provider(String providerId) {
        return "PROVIDER#" + providerId;
    }

    static String run(String runId) {
        return "RUN#" + runId;
    }

    static String series(String programmeId, String providerId) {
        return "SERIES#" + programmeId + "#" + providerId;
    }

    static String measurement(String measureId, LocalDate period) {
        return measurementPrefix(measureId) + period;
    }

    static String measurementPrefix(String measureId) {
        return "MEASUREMENT#" + measureId + "#";
    }

    static String cycleInProgramme(String providerId, String cycleId) {
        return "CYCLE#" + providerId + "#" + cycleId;
    }

    static String cycleOfProvider(String programmeId, String cycleId) {
        return "CYCLE#" + programmeId + "#" + cycleId;
    }

    static String decisionInProgramme(String decidedAt, String cycleId) {
        return "DECISION#" + decidedAt + "#" + cycleId;
    }

    static String notification(String notificationId) {
        return "NOTIFICATION#" + escape(notificationId);
    }

    static String notificationInProgramme(String at, String notificationId) {
        return "NOTIFICATION#" + at + "#" + escape(notificationId);
    }

    static String step(String step) {
        return "STEP#" + escape(step);
    }

    static String job(long jobKey) {
        return "JOB#" + jobKey;
    }

    static String snapshot(String measureId) {
        return "SNAPSHOT#" + measureId;
    }

    static String learning(String runId) {
        return "LEARNING#" + runId;
    }

    static String idempotency(String caller, String route, String key) {
        return "IDEMPOTENCY#" + escape(caller) + "#" + escape(route) + "#" + escape(key);
    }

    /** Escapes '%' and '#' so a free-form part cannot forge a separator. */
    static String escape(String part) {
        return part.replace("%", "%25").replace("#", "%23");
    }
}
