package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.state.DueDates;
import org.pdsa.local.engine.state.EngineState;

/** Key counter, clock pin and due dates. */
final class CoreSection implements SnapshotSection {
    @Override
    public String name() {
        return "core";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        out.writeLong(state.keys().last());
        out.writeLong(state.clock().pinnedAt());
        out.writeInt(state.dueDates().size());
        for (DueDates.Due due : state.dueDates().all()) {
            out.writeLong(due.time());
            out.writeString(due.kind().name());
            out.writeLong(due.key());
        }
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        state.keys().restore(in.readLong());
        long pinned = in.readLong();
        if (pinned >= 0) state.clock().pin(pinned);
        int dues = in.readInt();
        for (int i = 0; i < dues; i++) {
            long time = in.readLong();
            DueDates.Kind kind = DueDates.Kind.valueOf(in.readString());
            state.dueDates().schedule(time, kind, in.readLong());
        }
    }
}
