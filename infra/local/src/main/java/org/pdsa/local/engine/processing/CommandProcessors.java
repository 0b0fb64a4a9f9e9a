package org.pdsa.local.engine.processing;

import java.util.EnumMap;
import java.util.Map;
import org.pdsa.local.engine.processing.commands.CancelProcessInstanceProcessor;
import org.pdsa.local.engine.processing.commands.ClockCommands;
import org.pdsa.local.engine.processing.commands.CompleteJobProcessor;
import org.pdsa.local.engine.processing.commands.CreateProcessInstanceProcessor;
import org.pdsa.local.engine.processing.commands.DeployProcessor;
import org.pdsa.local.engine.processing.commands.EvaluateDecisionProcessor;
import org.pdsa.local.engine.processing.commands.FailJobProcessor;
import org.pdsa.local.engine.processing.commands.CorrelateMessageProcessor;
import org.pdsa.local.engine.processing.commands.JobActivation;
import org.pdsa.local.engine.processing.commands.PublishMessageProcessor;
import org.pdsa.local.engine.processing.commands.Query;
import org.pdsa.local.engine.processing.commands.ResolveIncidentProcessor;
import org.pdsa.local.engine.processing.commands.SetVariablesProcessor;
import org.pdsa.local.engine.processing.commands.UserTaskCommandProcessors;
import org.pdsa.local.engine.processing.commands.ThrowErrorProcessor;
import org.pdsa.local.engine.processing.commands.TickProcessor;
import org.pdsa.local.engine.processing.commands.UpdateJobProcessor;

/** The command processors by command type: one line per command (see ENGINE.md, "Adding a command"). */
final class CommandProcessors {
    private final Map<CommandType, CommandProcessor> byType = new EnumMap<>(CommandType.class);

    CommandProcessors() {
        byType.put(CommandType.DEPLOY, new DeployProcessor());
        byType.put(CommandType.CREATE_PROCESS_INSTANCE, new CreateProcessInstanceProcessor());
        byType.put(CommandType.CANCEL_PROCESS_INSTANCE, new CancelProcessInstanceProcessor());
        byType.put(CommandType.COMPLETE_JOB, new CompleteJobProcessor());
        byType.put(CommandType.FAIL_JOB, new FailJobProcessor());
        byType.put(CommandType.THROW_JOB_ERROR, new ThrowErrorProcessor());
        byType.put(CommandType.UPDATE_JOB, new UpdateJobProcessor());
        byType.put(CommandType.ACTIVATE_JOBS, new JobActivation.ActivateProcessor());
        byType.put(CommandType.RESOLVE_INCIDENT, new ResolveIncidentProcessor());
        byType.put(CommandType.PIN_CLOCK, new ClockCommands.PinProcessor());
        byType.put(CommandType.RESET_CLOCK, new ClockCommands.ResetProcessor());
        byType.put(CommandType.TICK, new TickProcessor());
        byType.put(CommandType.PUBLISH_MESSAGE, new PublishMessageProcessor());
        byType.put(CommandType.CORRELATE_MESSAGE, new CorrelateMessageProcessor());
        byType.put(CommandType.EVALUATE_DECISION, new EvaluateDecisionProcessor());
        byType.put(CommandType.POLL_JOBS, new JobActivation.PollProcessor());
        byType.put(CommandType.QUERY, new Query());
        byType.put(CommandType.ASSIGN_USER_TASK, new UserTaskCommandProcessors.Assign());
        byType.put(CommandType.UNASSIGN_USER_TASK, new UserTaskCommandProcessors.Unassign());
        byType.put(CommandType.COMPLETE_USER_TASK, new UserTaskCommandProcessors.Complete());
        byType.put(CommandType.UPDATE_USER_TASK, new UserTaskCommandProcessors.Update());
        byType.put(CommandType.SET_VARIABLES, new SetVariablesProcessor());
        for (CommandType type : CommandType.values()) {
            if (!byType.containsKey(type)) throw new IllegalStateException("no processor for command " + type);
        }
    }

    void replace(CommandType type, CommandProcessor processor) {
        byType.put(type, processor);
    }

    CommandProcessor get(CommandType type) {
        return byType.get(type);
    }
}
