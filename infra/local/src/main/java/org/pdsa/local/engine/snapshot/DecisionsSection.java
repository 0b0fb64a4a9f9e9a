package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.state.DecisionDefinition;
import org.pdsa.local.engine.state.DecisionRequirements;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.Resource;

/**
 * Deployed decision requirements graphs and decisions. The DMN files themselves are in the
 * deployments section (as resources); they are parsed again on first evaluation.
 */
final class DecisionsSection implements SnapshotSection {
    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        var requirements = state.decisions().allRequirements();
        out.writeInt(requirements.size());
        for (DecisionRequirements r : requirements) {
            out.writeLong(r.key());
            out.writeString(r.decisionRequirementsId());
            out.writeString(r.name());
            out.writeInt(r.version());
            out.writeLong(r.resource().key());
        }
        var definitions = state.decisions().definitions();
        out.writeInt(definitions.size());
        for (DecisionDefinition d : definitions) {
            out.writeLong(d.key());
            out.writeString(d.decisionId());
            out.writeString(d.name());
            out.writeInt(d.version());
            out.writeString(d.versionTag());
            out.writeLong(d.decisionRequirementsKey());
            out.writeString(d.decisionRequirementsId());
            out.writeLong(d.deploymentKey());
            out.writeString(d.tenantId());
        }
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        int requirements = in.readInt();
        for (int i = 0; i < requirements; i++) {
            long key = in.readLong();
            String id = in.readString();
            String name = in.readString();
            int version = in.readInt();
            long resourceKey = in.readLong();
            Resource resource = state.deployments().resource(resourceKey);
            if (resource == null) throw new IOException("the DMN resource " + resourceKey + " of decision requirements '" + id + "' is missing");
            state.decisions().add(new DecisionRequirements(key, id, name, version, resource));
        }
        int definitions = in.readInt();
        for (int i = 0; i < definitions; i++) {
            state.decisions().add(new DecisionDefinition(in.readLong(), in.readString(), in.readString(), in.readInt(),
                    in.readString(), in.readLong(), in.readString(), in.readLong(), in.readString()));
        }
    }
}
