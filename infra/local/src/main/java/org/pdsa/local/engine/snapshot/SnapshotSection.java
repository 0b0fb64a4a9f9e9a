package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.state.EngineState;

/**
 * One part of the state in a snapshot. Sections are written and read in the order listed in
 * {@link StateCodec}; a new kind of state (timers, message subscriptions, ...) gets its own
 * section class and one line there.
 */
public interface SnapshotSection {
    String name();

    void write(EngineState state, SnapshotOutput out) throws IOException;

    void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException;
}
