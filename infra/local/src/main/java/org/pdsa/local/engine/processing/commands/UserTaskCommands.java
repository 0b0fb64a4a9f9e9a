package org.pdsa.local.engine.processing.commands;

import java.util.List;
import java.util.Map;

/** Bodies of the user-task commands ({@code /v2/user-tasks/{key}/...}), decoded the same way live and on replay. */
public final class UserTaskCommands {
    private UserTaskCommands() {}

    /** {@code POST /v2/user-tasks/{key}/assignment}; {@code allowOverride} defaults to true. */
    public record Assign(String assignee, Boolean allowOverride, String action) {
        public static Assign decode(byte[] body) {
            return CommandJson.read(body, Assign.class);
        }

        public boolean overrides() {
            return allowOverride == null || allowOverride;
        }
    }

    /** {@code POST /v2/user-tasks/{key}/completion}. */
    public record Complete(Map<String, Object> variables, String action) {
        public static Complete decode(byte[] body) {
            return CommandJson.read(body, Complete.class);
        }
    }

    /**
     * {@code PATCH /v2/user-tasks/{key}}: a null field is left as it is; an empty date string or an
     * empty list clears the value (as the REST API documents).
     */
    public record Update(Changeset changeset, String action) {
        /** The attributes to change. */
        public record Changeset(String dueDate, String followUpDate, List<String> candidateGroups, List<String> candidateUsers,
                                Integer priority) {}

        public static Update decode(byte[] body) {
            return CommandJson.read(body, Update.class);
        }
    }
}
