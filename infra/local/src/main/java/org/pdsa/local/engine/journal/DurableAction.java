package org.pdsa.local.engine.journal;

/** Something to do once the journal is durable up to the batch it was committed with (usually: send a response). */
public interface DurableAction {
    void durable();

    /** The journal could not be made durable; the action must report failure instead. */
    void failed(Throwable cause);
}
