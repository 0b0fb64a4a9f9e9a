package org.pdsa.local.engine.feel;

import org.camunda.feel.context.Context;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.context.VariableProvider;
import scala.Option;
import scala.collection.Iterable;
import scala.collection.immutable.List$;

/**
 * A FEEL context that resolves each name when the expression asks for it. feel-engine's list of an
 * expression's variable names leaves out a name that is also a context key ({@code {x: x}}), so a context
 * built from that list alone would miss variables; asking the scope on demand never does, and reads only
 * what the evaluation touches.
 */
final class LookupContext implements Context {
    private final VariableProvider variables;

    LookupContext(VariableLookup lookup) {
        this.variables = new VariableProvider() {
            @Override
            public Option<Object> getVariable(String name) {
                Object value = lookup.lookup(name);
                return value == VariableLookup.MISSING ? Option.empty() : Option.apply(value);
            }

            @Override
            public Iterable<String> keys() {
                return List$.MODULE$.empty();
            }
        };
    }

    @Override
    public VariableProvider variableProvider() {
        return variables;
    }

    @Override
    public FunctionProvider functionProvider() {
        return FunctionProvider.EmptyFunctionProvider$.MODULE$;
    }
}
