package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.ElementInstance;

/**
 * Sets variables on a running element instance: {@code local} = on that scope only; otherwise each
 * variable goes to the nearest scope upwards that has it, else to the process instance's root
 * scope (Zeebe's propagation rule).
 */
public final class SetVariablesProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        SetVariables request = (SetVariables) command.payload();
        if (request.variables() == null) {
            context.reject(Rejection.invalidArgument("Expected 'variables' (an object) to set, but none given"));
            return;
        }
        ElementInstance scope = context.state().elementInstances().get(command.key());
        if (scope == null) {
            context.reject(Rejection.notFound("Expected to set variables on element instance with key '" + command.key()
                    + "', but no running element instance has this key"));
            return;
        }
        if (Boolean.TRUE.equals(request.local())) context.variables().mergeLocal(scope, request.variables());
        else context.variables().merge(scope, request.variables());
        context.respond(null);
    }
}
