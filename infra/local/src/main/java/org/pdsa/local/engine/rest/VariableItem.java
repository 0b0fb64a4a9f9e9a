package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * One variable as the REST API shows it: its scope, process instance, name and value as JSON text.
 * The engine keeps variables as maps per scope without keys of their own, so a variable's key is
 * derived from its scope key and name ({@link #keyOf}): stable across restarts, and the same for
 * the variable as long as it exists in that scope.
 */
final class VariableItem {
    private final long key;
    private final long scopeKey;
    private final long processInstanceKey;
    private final long rootProcessInstanceKey;
    private final String name;
    private final Object value;
    private final String tenantId;
    private String json;

    private VariableItem(long key, long scopeKey, long processInstanceKey, long rootProcessInstanceKey, String name, Object value,
                         String tenantId) {
        this.key = key;
        this.scopeKey = scopeKey;
        this.processInstanceKey = processInstanceKey;
        this.rootProcessInstanceKey = rootProcessInstanceKey;
        this.name = name;
        this.value = value;
        this.tenantId = tenantId;
    }

    static VariableItem of(long scopeKey, ProcessInstance instance, long root, String name, Object value) {
        return new VariableItem(keyOf(scopeKey, name), scopeKey, instance.key(), root, name, value, instance.definition().tenantId());
    }

    long key() { return key; }
    long scopeKey() { return scopeKey; }
    long processInstanceKey() { return processInstanceKey; }
    String name() { return name; }
    String tenantId() { return tenantId; }

    /**
     * The value as JSON text, written when first asked for (a search by name never serializes the
     * values it skips). Values are never changed in place, so this may run on the HTTP thread.
     */
    String json() {
        if (json == null) json = VariableValues.json(value);
        return json;
    }

    /** A positive 63-bit hash of (scope key, name); collisions are vanishingly unlikely at a local engine's scale. */
    static long keyOf(long scopeKey, String name) {
        long h = scopeKey * 0x9E3779B97F4A7C15L;
        for (int i = 0; i < name.length(); i++) h = (h ^ name.charAt(i)) * 0x100000001B3L;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 29;
        long key = h & Long.MAX_VALUE;
        return key == 0 ? 1 : key;
    }

    /** Every variable the engine knows: all scopes of running instances, the final root variables of retained finished ones. */
    static void forEach(EngineState state, Consumer<VariableItem> action) {
        state.elementInstances().forEachValue(scope -> scopeVariables(state, scope, action));
        state.history().forEach(instance -> {
            long root = state.rootOf(instance.key());
            instance.variables().forEach((name, value) -> action.accept(of(instance.key(), instance, root, name, value)));
        });
    }

    /** The local variables of one scope. */
    static void scopeVariables(EngineState state, ElementInstance scope, Consumer<VariableItem> action) {
        Map<String, Object> locals = scope.localVariables();
        if (locals.isEmpty()) return;
        ProcessInstance instance = scope.processInstance();
        long root = state.rootOf(instance.key());
        locals.forEach((name, value) -> action.accept(of(scope.key(), instance, root, name, value)));
    }

    void write(JsonGenerator json, boolean truncate) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", name);
        String text = json();
        boolean truncated = truncate && VariableValues.truncated(text);
        json.writeStringField("value", truncated ? VariableValues.preview(text) : text);
        if (truncate) json.writeBooleanField("isTruncated", truncated);
        json.writeStringField("tenantId", tenantId);
        ResponseJson.key(json, "variableKey", key);
        ResponseJson.key(json, "scopeKey", scopeKey);
        ResponseJson.key(json, "processInstanceKey", processInstanceKey);
        ResponseJson.key(json, "rootProcessInstanceKey", rootProcessInstanceKey);
        json.writeEndObject();
    }
}
