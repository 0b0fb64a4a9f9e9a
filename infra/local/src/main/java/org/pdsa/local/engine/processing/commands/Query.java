package org.pdsa.local.engine.processing.commands;

import java.util.function.Function;
import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.RejectionException;
import org.pdsa.local.engine.state.EngineState;

/**
 * A read on the processor thread: the function sees consistent state and must not change it; it
 * returns an immutable result (records, copies) for the HTTP thread to serialize. Throwing a
 * {@link RejectionException} answers with that rejection (e.g. 404).
 */
public final class Query implements CommandProcessor {

    /** What a query runs. */
    @FunctionalInterface
    public interface Reader {
        Object read(EngineState state);
    }

    @Override
    public void process(Command command, ProcessingContext context) {
        Reader reader = (Reader) command.payload();
        try {
            context.respond(reader.read(context.state()));
        } catch (RejectionException e) {
            context.reject(e.rejection());
        }
    }

    /** Adapts a function to a reader. */
    public static Reader of(Function<EngineState, ?> function) {
        return function::apply;
    }
}
