package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.ProcessInstance;

/** Terminates a running process instance and everything in it. */
public final class CancelProcessInstanceProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        ProcessInstance instance = context.state().processInstances().get(command.key());
        if (instance == null) {
            boolean finished = context.state().history().get(command.key()) != null;
            context.reject(finished
                    ? Rejection.notFound("Expected to cancel a process instance with key '" + command.key()
                            + "', but it is already completed or terminated")
                    : Rejection.notFound("Expected to cancel a process instance with key '" + command.key()
                            + "', but no such process was found"));
            return;
        }
        if (instance.parentProcessInstanceKey() > 0) { // a called process ends with its caller, as in Zeebe
            context.reject(Rejection.invalidArgument("Expected to cancel a process instance with key '" + command.key()
                    + "', but it is created by a parent process instance. Cancel the root process instance '"
                    + context.state().rootOf(instance.key()) + "' instead."));
            return;
        }
        context.bpmn().terminate(instance.root());
        context.respond(null);
    }
}
