package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.IncidentRecord;

/** Resolved incidents kept for searches, oldest first. */
final class ResolvedIncidentsSection implements SnapshotSection {
    @Override
    public String name() {
        return "resolvedIncidents";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        List<IncidentRecord> resolved = new ArrayList<>();
        state.resolvedIncidents().forEach(resolved::add);
        out.writeInt(resolved.size());
        for (IncidentRecord r : resolved) {
            out.writeLong(r.key());
            out.writeString(r.type().name());
            out.writeString(r.errorMessage());
            out.writeString(r.elementId());
            out.writeLong(r.elementInstanceKey());
            out.writeLong(r.processInstanceKey());
            out.writeLong(r.definition().key());
            out.writeLong(r.jobKey());
            out.writeLong(r.creationTime());
        }
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            state.resolvedIncidents().add(new IncidentRecord(in.readLong(), Incident.Type.valueOf(in.readString()), in.readString(),
                    in.readString(), in.readLong(), in.readLong(), state.deployments().process(in.readLong()), in.readLong(),
                    in.readLong(), Incident.State.RESOLVED));
        }
    }
}
