package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.MultiInstanceLoop;
import org.pdsa.local.engine.state.ProcessInstance;

/**
 * Per-instance state of gateways, multi-instance bodies and call activities: tokens waiting at
 * joins, multi-instance loops, and the link from a call activity to the process it called (that
 * one is rebuilt from the called instances' parent keys, so it is not written).
 */
final class StructureSection implements SnapshotSection {
    @Override
    public String name() {
        return "structure";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        List<ElementInstance> joining = new ArrayList<>();
        List<ElementInstance> looping = new ArrayList<>();
        state.elementInstances().forEachValue(ei -> {
            if (!ei.waitingTokens().isEmpty()) joining.add(ei);
            if (ei.loop() != null) looping.add(ei);
        });
        joining.sort(Comparator.comparingLong(ElementInstance::key));
        looping.sort(Comparator.comparingLong(ElementInstance::key));
        out.writeInt(joining.size());
        for (ElementInstance ei : joining) {
            out.writeLong(ei.key());
            out.writeInt(ei.waitingTokens().size());
            for (Map.Entry<String, Integer> tokens : ei.waitingTokens().entrySet()) {
                out.writeString(tokens.getKey());
                out.writeInt(tokens.getValue());
            }
        }
        out.writeInt(looping.size());
        for (ElementInstance ei : looping) {
            MultiInstanceLoop loop = ei.loop();
            out.writeLong(ei.key());
            out.writeJson(loop.inputCollection());
            out.writeInt(loop.created());
            out.writeInt(loop.completed());
            out.writeInt(loop.terminated());
            out.writeInt(loop.running().size());
            for (Map.Entry<Long, Integer> running : loop.running().entrySet()) {
                out.writeLong(running.getKey());
                out.writeInt(running.getValue());
            }
        }
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        int joining = in.readInt();
        for (int i = 0; i < joining; i++) {
            ElementInstance ei = instance(state, in.readLong());
            int flows = in.readInt();
            for (int f = 0; f < flows; f++) ei.setWaitingTokens(in.readString(), in.readInt());
        }
        int looping = in.readInt();
        for (int i = 0; i < looping; i++) {
            ElementInstance ei = instance(state, in.readLong());
            List<?> items = (List<?>) in.readJson();
            int created = in.readInt();
            int completed = in.readInt();
            int terminated = in.readInt();
            int runningCount = in.readInt();
            Map<Long, Integer> running = new TreeMap<>();
            for (int r = 0; r < runningCount; r++) running.put(in.readLong(), in.readInt());
            ei.setLoop(MultiInstanceLoop.restore(items, created, completed, terminated, running));
        }
        state.processInstances().forEachValue(pi -> linkToCallActivity(pi, state));
    }

    private static void linkToCallActivity(ProcessInstance called, EngineState state) {
        if (called.parentElementInstanceKey() <= 0) return;
        ElementInstance callActivity = state.elementInstances().get(called.parentElementInstanceKey());
        if (callActivity != null) callActivity.setCalledProcessInstanceKey(called.key());
    }

    private static ElementInstance instance(EngineState state, long key) throws IOException {
        ElementInstance ei = state.elementInstances().get(key);
        if (ei == null) throw new IOException("snapshot refers to element instance " + key + ", which it does not contain");
        return ei;
    }
}
