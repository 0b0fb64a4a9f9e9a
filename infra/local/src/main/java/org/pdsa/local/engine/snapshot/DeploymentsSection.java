package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.model.ExecutableProcess;
import org.pdsa.local.engine.state.Deployments;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.FormDefinition;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.Resource;

/** Deployed resources as uploaded; BPMN is transformed again on load (the graph is not serialized). */
final class DeploymentsSection implements SnapshotSection {
    @Override
    public String name() {
        return "deployments";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        Deployments deployments = state.deployments();
        List<ProcessDefinition> processes = deployments.processes();
        Map<Long, Resource> resources = new LinkedHashMap<>();
        for (ProcessDefinition p : processes) resources.putIfAbsent(p.resource().key(), p.resource());
        out.writeInt(resources.size());
        for (Resource r : resources.values()) writeResource(r, out);
        out.writeInt(processes.size());
        for (ProcessDefinition p : processes) {
            out.writeLong(p.key());
            out.writeString(p.bpmnProcessId());
            out.writeInt(p.version());
            out.writeLong(p.resource().key());
        }
        List<FormDefinition> forms = new java.util.ArrayList<>();
        state.deployments().forEachForm(forms::add);
        out.writeInt(forms.size());
        for (FormDefinition f : forms) {
            out.writeLong(f.key());
            out.writeString(f.formId());
            out.writeInt(f.version());
            writeResource(f.resource(), out);
        }
        out.writeInt(deployments.otherResources().size());
        for (Resource r : deployments.otherResources()) writeResource(r, out);
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        Map<Long, Resource> resources = new HashMap<>();
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            Resource r = readResource(in);
            resources.put(r.key(), r);
        }
        Map<Long, Map<String, ExecutableProcess>> transformed = new HashMap<>();
        int processes = in.readInt();
        for (int i = 0; i < processes; i++) {
            long key = in.readLong();
            String id = in.readString();
            int version = in.readInt();
            Resource resource = resources.get(in.readLong());
            Map<String, ExecutableProcess> graphs = transformed.computeIfAbsent(resource.key(), k -> transform(resource, transformer));
            ExecutableProcess graph = graphs.get(id);
            if (graph == null) throw new IOException("process '" + id + "' is missing from resource " + resource.name());
            state.deployments().addProcess(new ProcessDefinition(key, id, version, resource.name(), resource.checksum(),
                    resource.deploymentKey(), resource.tenantId(), graph, resource));
        }
        int forms = in.readInt();
        for (int i = 0; i < forms; i++) {
            long key = in.readLong();
            String formId = in.readString();
            int version = in.readInt();
            state.deployments().addForm(new FormDefinition(key, formId, version, readResource(in)));
        }
        int others = in.readInt();
        for (int i = 0; i < others; i++) state.deployments().addOtherResource(readResource(in));
    }

    private static Map<String, ExecutableProcess> transform(Resource resource, BpmnTransformer transformer) {
        BpmnTransformer.Result result = transformer.transform(resource.name(), resource.content());
        if (!result.ok()) throw new IllegalStateException("a deployed resource no longer transforms: " + result.problems());
        Map<String, ExecutableProcess> byId = new HashMap<>();
        for (ExecutableProcess p : result.processes()) byId.put(p.bpmnProcessId(), p);
        return byId;
    }

    private static void writeResource(Resource r, SnapshotOutput out) throws IOException {
        out.writeLong(r.key());
        out.writeString(r.name());
        out.writeBytes(r.content());
        out.writeString(r.checksum());
        out.writeLong(r.deploymentKey());
        out.writeString(r.tenantId());
    }

    private static Resource readResource(SnapshotInput in) throws IOException {
        return new Resource(in.readLong(), in.readString(), in.readBytes(), in.readString(), in.readLong(), in.readString());
    }
}
