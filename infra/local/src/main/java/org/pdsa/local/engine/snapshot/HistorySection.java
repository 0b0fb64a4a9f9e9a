package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.ProcessInstance;

/** The retained finished process instances, oldest first. */
final class HistorySection implements SnapshotSection {
    @Override
    public String name() {
        return "history";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        List<ProcessInstance> finished = new ArrayList<>(state.history().size());
        state.history().forEach(finished::add);
        out.writeInt(finished.size());
        for (ProcessInstance pi : finished) {
            out.writeLong(pi.key());
            out.writeLong(pi.definition().key());
            out.writeLong(pi.startTime());
            out.writeLong(pi.parentProcessInstanceKey());
            out.writeLong(pi.parentElementInstanceKey());
            out.writeString(pi.state().name());
            out.writeLong(pi.endTime());
            out.writeInt(pi.activeIncidents());
            out.writeJson(pi.variables());
            InstancesSection.writeTrail(pi.trail(), out);
        }
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            long key = in.readLong();
            ProcessInstance pi = new ProcessInstance(key, state.deployments().process(in.readLong()), in.readLong(),
                    in.readLong(), in.readLong());
            ProcessInstance.State endState = ProcessInstance.State.valueOf(in.readString());
            long endTime = in.readLong();
            int incidents = in.readInt();
            pi.restoreFinished(endState, endTime, in.readVariables(), incidents);
            InstancesSection.readTrail(pi, in);
            state.history().add(pi);
        }
    }
}
