package org.pdsa.local.engine.processing.bpmn;

import java.util.List;
import org.pdsa.local.engine.model.ExecutableFlow;
import org.pdsa.local.engine.state.Incident;

/**
 * What an element processor decided: wait for a trigger, complete now, take these flows, or fail
 * (an expected failure, which becomes an incident; never an exception).
 */
public final class Outcome {
    enum Kind { WAIT, COMPLETE, TAKE_FLOWS, FAIL }

    /** Stay ACTIVATED until something (a job, a user, a message, ...) completes the element. */
    public static final Outcome WAIT = new Outcome(Kind.WAIT, null, null, null);
    /** Complete right away (events, gateways, containers without children). */
    public static final Outcome COMPLETE = new Outcome(Kind.COMPLETE, null, null, null);
    /** From onComplete: leave through every outgoing flow. */
    public static final Outcome TAKE_ALL_OUTGOING = new Outcome(Kind.TAKE_FLOWS, null, null, null);

    final Kind kind;
    final List<ExecutableFlow> flows;
    final Incident.Type incidentType;
    final String message;

    private Outcome(Kind kind, List<ExecutableFlow> flows, Incident.Type incidentType, String message) {
        this.kind = kind;
        this.flows = flows;
        this.incidentType = incidentType;
        this.message = message;
    }

    /** From onComplete: leave through exactly these flows (none for an end). */
    public static Outcome takeFlows(List<ExecutableFlow> flows) {
        return new Outcome(Kind.TAKE_FLOWS, List.copyOf(flows), null, null);
    }

    public static Outcome fail(Incident.Type type, String message) {
        return new Outcome(Kind.FAIL, null, type, message);
    }

    public boolean failed() {
        return kind == Kind.FAIL;
    }

    public String message() {
        return message;
    }
}
