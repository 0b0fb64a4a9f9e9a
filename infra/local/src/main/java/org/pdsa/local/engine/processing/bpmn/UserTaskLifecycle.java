package org.pdsa.local.engine.processing.bpmn;

import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.UserTask;

/** Ends user tasks: an open task leaves the open set and is kept (bounded) for searches. */
public final class UserTaskLifecycle {
    private UserTaskLifecycle() {}

    /** Ends an open task (completed by a user, or cancelled with its element). */
    public static void finish(UserTask task, UserTask.State endState, ProcessingContext context) {
        ElementInstance instance = task.elementInstance();
        context.state().userTasks().remove(task.key());
        task.finish(endState, context.now());
        context.state().finishedUserTasks().add(task);
        if (instance != null) instance.setUserTaskKey(0);
    }
}
