package org.pdsa.local.engine.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.state.EngineState;

/** Writes the whole engine state as a snapshot payload and reads it back, section by section. */
public final class StateCodec {
    private static final int FORMAT_VERSION = 1;

    /** Order matters: deployments before instances, instances before history. Add new sections at the end. */
    private static final List<SnapshotSection> SECTIONS = List.of(
            new CoreSection(), new DeploymentsSection(), new InstancesSection(), new HistorySection(),
            new EventsSection(), new UserTasksSection(), new ResolvedIncidentsSection(),
            new StructureSection(), new DecisionsSection());

    private final ObjectMapper json;

    public StateCodec(ObjectMapper json) {
        this.json = json;
    }

    public byte[] encode(EngineState state) {
        try {
            SnapshotOutput out = new SnapshotOutput(json);
            out.writeInt(FORMAT_VERSION);
            out.writeInt(SECTIONS.size());
            for (SnapshotSection section : SECTIONS) {
                out.writeString(section.name());
                section.write(state, out);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void decode(byte[] payload, EngineState state, BpmnTransformer transformer) throws IOException {
        SnapshotInput in = new SnapshotInput(payload, json);
        int version = in.readInt();
        if (version != FORMAT_VERSION) throw new IOException("unsupported snapshot format " + version);
        int sections = in.readInt();
        if (sections > SECTIONS.size()) {
            throw new IOException("snapshot has " + sections + " sections, this engine knows " + SECTIONS.size() + " (written by a newer version?)");
        }
        // sections are only ever appended: those added after the snapshot was written start empty
        for (SnapshotSection section : SECTIONS.subList(0, sections)) {
            String name = in.readString();
            if (!section.name().equals(name)) throw new IOException("expected snapshot section '" + section.name() + "', found '" + name + "'");
            section.read(state, in, transformer);
        }
    }
}
