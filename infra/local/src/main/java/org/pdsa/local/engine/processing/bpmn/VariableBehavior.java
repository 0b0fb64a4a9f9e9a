package org.pdsa.local.engine.processing.bpmn;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.feel.VariableLookup;
import org.pdsa.local.engine.model.Mapping;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;

/**
 * Variable scopes and propagation as Zeebe documents them: input mappings create local variables
 * of the element instance; output mappings are evaluated in the element's scope and merged into
 * its flow scope; a merged variable updates the nearest scope that already has it, else it is
 * created in the process instance's root scope.
 */
public final class VariableBehavior {
    private final ProcessingContext context;

    public VariableBehavior(ProcessingContext context) {
        this.context = context;
    }

    /** Sets each variable on the nearest scope (from {@code scope} upwards) that has it, else on the root. */
    public void merge(ElementInstance scope, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) return;
        for (Map.Entry<String, Object> entry : variables.entrySet()) {
            ElementInstance holder = scope;
            while (holder.flowScope() != null && !holder.hasLocal(entry.getKey())) holder = holder.flowScope();
            holder.setLocal(entry.getKey(), entry.getValue());
        }
    }

    /** Sets the variables on this scope only. */
    public void mergeLocal(ElementInstance scope, Map<String, Object> variables) {
        if (variables != null) variables.forEach(scope::setLocal);
    }

    EvalResult<Void> applyInputMappings(ElementInstance instance) {
        List<Mapping> inputs = instance.element().inputMappings();
        for (Mapping input : inputs) {
            // evaluated in the element's own scope: later inputs see the targets of earlier ones
            EvalResult<Object> value = context.expressions().evaluate(input.source(), instance);
            if (value.failed()) return value.cast();
            setPath(instance, instance, input.target(), value.get(), true);
        }
        return EvalResult.value(null);
    }

    EvalResult<Void> applyOutputMappings(ElementInstance instance) {
        List<Mapping> outputs = instance.element().outputMappings();
        if (outputs.isEmpty() || instance.flowScope() == null) return EvalResult.value(null);
        Map<String, Object> document = new LinkedHashMap<>();
        VariableLookup withDocument = name -> document.containsKey(name) ? document.get(name) : instance.lookup(name);
        for (Mapping output : outputs) {
            EvalResult<Object> value = context.expressions().evaluate(output.source(), instance);
            if (value.failed()) return value.cast();
            String[] path = output.target().split("\\.");
            Object base = path.length > 1 ? withDocument.lookup(path[0]) : null;
            document.put(path[0], path.length == 1 ? value.get() : nest(base, path, 1, value.get()));
        }
        // a multi-instance instance's own loop variables (its output element, say) are updated in place, as Zeebe documents
        document.keySet().removeIf(name -> {
            if (!MultiInstanceBodyProcessor.isLoopVariable(instance, name)) return false;
            instance.setLocal(name, document.get(name));
            return true;
        });
        merge(instance.flowScope(), document);
        return EvalResult.value(null);
    }

    private void setPath(ElementInstance scope, VariableLookup lookup, String target, Object value, boolean local) {
        String[] path = target.split("\\.");
        Object stored = path.length == 1 ? value : nest(lookup.lookup(path[0]), path, 1, value);
        if (local) scope.setLocal(path[0], stored);
        else merge(scope, Map.of(path[0], stored));
    }

    /** A copy of {@code base} (a context, else a new one) with {@code value} at {@code path[from..]}. */
    @SuppressWarnings("unchecked")
    private static Object nest(Object base, String[] path, int from, Object value) {
        if (from == path.length) return value;
        Map<String, Object> copy = base instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        copy.put(path[from], nest(copy.get(path[from]), path, from + 1, value));
        return copy;
    }
}
