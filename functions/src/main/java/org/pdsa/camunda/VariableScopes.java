package org.pdsa.camunda;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks, for each variable name a user task sees, the value of the innermost scope: the task's own element
 * instance first, then any sub-process in between, then the process instance (the root).
 */
final class VariableScopes {

    private VariableScopes() {
    }

    /** One variable as the engine lists it: name, the scope it lives in, its value. */
    record Scoped(String name, Long scopeKey, JsonNode value) {
    }

    static Map<String, JsonNode> innermost(UserTaskInfo task, List<Scoped> variables) {
        Map<String, JsonNode> values = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (Scoped v : variables) {
            int d = depth(task, v.scopeKey());
            Integer seen = depth.get(v.name());
            if (seen == null || d > seen) {
                depth.put(v.name(), d);
                values.put(v.name(), v.value());
            }
        }
        return values;
    }

    private static int depth(UserTaskInfo task, Long scopeKey) {
        if (scopeKey != null && scopeKey.equals(task.elementInstanceKey())) {
            return 2;
        }
        return scopeKey != null && scopeKey == task.processInstanceKey() ? 0 : 1;
    }
}
