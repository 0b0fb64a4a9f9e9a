package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.bpmn.UserTaskLifecycle;
import org.pdsa.local.engine.processing.bpmn.UserTaskValues;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.UserTask;

/**
 * Assign, unassign, complete and update a user task. Each checks that the task is open: 404 when
 * no task has the key, 409 when it is already completed or cancelled (finished tasks stay known
 * for as long as the history keeps them).
 */
public final class UserTaskCommandProcessors {
    private UserTaskCommandProcessors() {}

    /** The open task, or null after rejecting the command. */
    static UserTask open(long key, String action, ProcessingContext context) {
        UserTask task = context.state().userTasks().get(key);
        if (task != null) return task;
        UserTask finished = context.state().finishedUserTasks().get(key);
        context.reject(finished != null
                ? Rejection.invalidState("Expected to " + action + " user task with key '" + key + "', but it is in state '"
                        + finished.state() + "'")
                : Rejection.notFound("Expected to " + action + " user task with key '" + key + "', but no such user task was found"));
        return null;
    }

    /** ASSIGN_USER_TASK. */
    public static final class Assign implements CommandProcessor {
        @Override
        public void process(Command command, ProcessingContext context) {
            UserTaskCommands.Assign request = (UserTaskCommands.Assign) command.payload();
            if (request.assignee() == null || request.assignee().isBlank()) {
                context.reject(Rejection.invalidArgument("Expected a non-empty 'assignee' to assign the user task to"));
                return;
            }
            UserTask task = open(command.key(), "assign", context);
            if (task == null) return;
            if (!request.overrides() && task.assignee() != null) {
                context.reject(Rejection.invalidState("Expected to assign user task with key '" + command.key()
                        + "' without overriding its assignee, but it is already assigned to '" + task.assignee() + "'"));
                return;
            }
            task.setAssignee(request.assignee());
            context.respond(null);
        }
    }

    /** UNASSIGN_USER_TASK. */
    public static final class Unassign implements CommandProcessor {
        @Override
        public void process(Command command, ProcessingContext context) {
            UserTask task = open(command.key(), "unassign", context);
            if (task == null) return;
            task.setAssignee(null);
            context.respond(null);
        }
    }

    /**
     * COMPLETE_USER_TASK: the variables go to the task's element like a job's (local when the task
     * has output mappings, which then decide what reaches the flow scope; otherwise propagated).
     */
    public static final class Complete implements CommandProcessor {
        @Override
        public void process(Command command, ProcessingContext context) {
            UserTaskCommands.Complete request = (UserTaskCommands.Complete) command.payload();
            UserTask task = open(command.key(), "complete", context);
            if (task == null) return;
            ElementInstance element = task.elementInstance();
            if (element.element().outputMappings().isEmpty()) context.variables().merge(element, request.variables());
            else context.variables().mergeLocal(element, request.variables());
            UserTaskLifecycle.finish(task, UserTask.State.COMPLETED, context);
            context.bpmn().complete(element);
            context.respond(null);
        }
    }

    /** UPDATE_USER_TASK. */
    public static final class Update implements CommandProcessor {
        @Override
        public void process(Command command, ProcessingContext context) {
            UserTaskCommands.Update request = (UserTaskCommands.Update) command.payload();
            UserTaskCommands.Update.Changeset changes = request.changeset();
            String problem = changes == null ? null : invalid(changes);
            if (problem != null) {
                context.reject(Rejection.invalidArgument(problem));
                return;
            }
            UserTask task = open(command.key(), "update", context);
            if (task == null) return;
            if (changes == null) {
                context.respond(null);
                return;
            }
            if (changes.dueDate() != null) task.setDueDate(UserTaskValues.dateTime(changes.dueDate()));
            if (changes.followUpDate() != null) task.setFollowUpDate(UserTaskValues.dateTime(changes.followUpDate()));
            if (changes.candidateGroups() != null) task.setCandidateGroups(changes.candidateGroups());
            if (changes.candidateUsers() != null) task.setCandidateUsers(changes.candidateUsers());
            if (changes.priority() != null) task.setPriority(changes.priority());
            context.respond(null);
        }

        /** Why a changeset cannot be applied, or null. */
        public static String invalid(UserTaskCommands.Update.Changeset changes) {
            if (!emptyOrDate(changes.dueDate())) return "Expected 'changeset.dueDate' to be an ISO-8601 date-time with offset or empty, but was '" + changes.dueDate() + "'";
            if (!emptyOrDate(changes.followUpDate())) return "Expected 'changeset.followUpDate' to be an ISO-8601 date-time with offset or empty, but was '" + changes.followUpDate() + "'";
            if (changes.priority() != null && (changes.priority() < 0 || changes.priority() > UserTaskValues.MAX_PRIORITY)) {
                return "Expected 'changeset.priority' to be between 0 and 100, but was " + changes.priority();
            }
            return null;
        }

        private static boolean emptyOrDate(String text) {
            return text == null || text.isEmpty() || UserTaskValues.dateTime(text) != null;
        }
    }
}
