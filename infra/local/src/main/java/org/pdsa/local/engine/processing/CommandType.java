package org.pdsa.local.engine.processing;

import java.util.function.Function;
import org.pdsa.local.engine.processing.commands.ActivateJobs;
import org.pdsa.local.engine.processing.commands.ClockCommands;
import org.pdsa.local.engine.processing.commands.CreateProcessInstance;
import org.pdsa.local.engine.processing.commands.Deploy;
import org.pdsa.local.engine.processing.commands.EvaluateDecision;
import org.pdsa.local.engine.processing.commands.JobCommands;
import org.pdsa.local.engine.processing.commands.MessageCommands;
import org.pdsa.local.engine.processing.commands.PollJobs;
import org.pdsa.local.engine.processing.commands.SetVariables;
import org.pdsa.local.engine.processing.commands.UserTaskCommands;

/**
 * Every command the stream processor understands. Journaled commands are written to the journal
 * with their body; their id is part of the on-disk format and must never change or be reused.
 * Transient ones (polls, queries) change no state by themselves and are not journaled.
 */
public enum CommandType {
    DEPLOY(1, true, Deploy::decode),
    CREATE_PROCESS_INSTANCE(2, true, CreateProcessInstance::decode),
    CANCEL_PROCESS_INSTANCE(3, true, body -> null),
    COMPLETE_JOB(4, true, JobCommands.Complete::decode),
    FAIL_JOB(5, true, JobCommands.Fail::decode),
    THROW_JOB_ERROR(6, true, JobCommands.ThrowError::decode),
    UPDATE_JOB(7, true, JobCommands.Update::decode),
    ACTIVATE_JOBS(8, true, ActivateJobs::decode),
    RESOLVE_INCIDENT(9, true, body -> null),
    PIN_CLOCK(10, true, ClockCommands.Pin::decode),
    RESET_CLOCK(11, true, body -> null),
    /** Internal: handles every due date (job deadline, back-off, ...) at the record's time. */
    TICK(12, true, body -> null),
    PUBLISH_MESSAGE(40, true, MessageCommands.Publish::decode),
    CORRELATE_MESSAGE(41, true, MessageCommands.Correlate::decode),

    // E4 (user tasks, variables, resources): ids 80-99
    ASSIGN_USER_TASK(80, true, UserTaskCommands.Assign::decode),
    UNASSIGN_USER_TASK(81, true, body -> null),
    COMPLETE_USER_TASK(82, true, UserTaskCommands.Complete::decode),
    UPDATE_USER_TASK(83, true, UserTaskCommands.Update::decode),
    SET_VARIABLES(84, true, SetVariables::decode),

    // 60-79: structure (gateways, sub-processes, call activities, multi-instance, decisions)
    /** Evaluates a deployed decision (journaled because it takes a key). */
    EVALUATE_DECISION(60, true, EvaluateDecision::decode),

    POLL_JOBS(100, false, PollJobs::decode),
    QUERY(101, false, body -> null);

    private static final CommandType[] BY_ID = new CommandType[128];

    static {
        for (CommandType type : values()) {
            if (BY_ID[type.id] != null) throw new IllegalStateException("duplicate command id " + type.id);
            BY_ID[type.id] = type;
        }
    }

    private final byte id;
    private final boolean journaled;
    private final Function<byte[], Object> decoder;

    CommandType(int id, boolean journaled, Function<byte[], Object> decoder) {
        this.id = (byte) id;
        this.journaled = journaled;
        this.decoder = decoder;
    }

    public byte id() {
        return id;
    }

    public boolean journaled() {
        return journaled;
    }

    /** Rebuilds the payload from journaled bytes (replay). */
    public Object decode(byte[] body) {
        return decoder.apply(body);
    }

    public static CommandType byId(byte id) {
        CommandType type = id >= 0 && id < BY_ID.length ? BY_ID[id] : null;
        if (type == null) throw new IllegalArgumentException("unknown command type id " + id);
        return type;
    }
}
