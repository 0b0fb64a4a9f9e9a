package org.pdsa.local.engine.processing.commands;

import java.util.Map;

/** Bodies of the job commands ({@code /v2/jobs/{key}/...}), decoded the same way live and on replay. */
public final class JobCommands {
    private JobCommands() {}

    /** {@code POST /v2/jobs/{key}/completion}. */
    public record Complete(Map<String, Object> variables) {
        public static Complete decode(byte[] body) {
            return CommandJson.read(body, Complete.class);
        }
    }

    /** {@code POST /v2/jobs/{key}/failure}. */
    public record Fail(Integer retries, String errorMessage, Long retryBackOff, Map<String, Object> variables) {
        public static Fail decode(byte[] body) {
            return CommandJson.read(body, Fail.class);
        }
    }

    /** {@code POST /v2/jobs/{key}/error}. */
    public record ThrowError(String errorCode, String errorMessage, Map<String, Object> variables) {
        public static ThrowError decode(byte[] body) {
            return CommandJson.read(body, ThrowError.class);
        }
    }

    /** {@code PATCH /v2/jobs/{key}}. */
    public record Update(Changeset changeset) {
        /** The fields to change; null = unchanged. */
        public record Changeset(Integer retries, Long timeout) {}

        public static Update decode(byte[] body) {
            return CommandJson.read(body, Update.class);
        }
    }
}
