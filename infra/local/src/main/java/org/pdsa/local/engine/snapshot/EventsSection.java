package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.model.TimerSchedule;
import org.pdsa.local.engine.state.BufferedMessage;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.EventState;
import org.pdsa.local.engine.state.EventSubscription;
import org.pdsa.local.engine.state.EventSubscriptions;
import org.pdsa.local.engine.state.MessageStartLocks;
import org.pdsa.local.engine.state.ProcessDefinition;

/**
 * Timer and message subscriptions, message start events, buffered messages and message start
 * locks. Their due dates (timers, time to live) are in the core section with all the others.
 */
final class EventsSection implements SnapshotSection {
    @Override
    public String name() {
        return "events";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        EventState events = state.events();
        List<EventSubscription> subscriptions = new ArrayList<>();
        events.subscriptions().forEach(subscriptions::add);
        subscriptions.sort(Comparator.comparingLong(EventSubscription::key));
        out.writeInt(subscriptions.size());
        for (EventSubscription s : subscriptions) {
            out.writeLong(s.key());
            out.writeString(s.kind().name());
            out.writeLong(s.owner() == null ? 0 : s.owner().key());
            out.writeLong(s.definition().key());
            out.writeString(s.catchEvent().id());
            out.writeLong(s.createdAt());
            out.writeString(s.messageName());
            out.writeString(s.correlationKey());
            boolean timer = s.kind() == EventSubscription.Kind.TIMER;
            out.writeLong(timer ? s.schedule().dueDate() : 0);
            out.writeInt(timer ? s.schedule().repetitions() : 0);
            out.writeString(timer ? s.schedule().cycle() : null);
        }
        Map<String, List<EventSubscriptions.MessageStart>> starts = new LinkedHashMap<>();
        for (ProcessDefinition definition : state.deployments().processes()) {
            starts.putIfAbsent(definition.bpmnProcessId(), events.subscriptions().messageStartsOf(definition.bpmnProcessId()));
        }
        out.writeInt(starts.size());
        for (Map.Entry<String, List<EventSubscriptions.MessageStart>> entry : starts.entrySet()) {
            out.writeString(entry.getKey());
            out.writeInt(entry.getValue().size());
            for (EventSubscriptions.MessageStart start : entry.getValue()) {
                out.writeLong(start.definition().key());
                out.writeString(start.startEvent().id());
                out.writeString(start.messageName());
            }
        }
        List<BufferedMessage> messages = new ArrayList<>();
        events.messages().forEach(messages::add);
        messages.sort(Comparator.comparingLong(BufferedMessage::key));
        out.writeInt(messages.size());
        for (BufferedMessage m : messages) {
            out.writeLong(m.key());
            out.writeString(m.name());
            out.writeString(m.correlationKey());
            out.writeString(m.messageId());
            out.writeJson(m.variables());
            out.writeString(m.tenantId());
            out.writeLong(m.publishedAt());
            out.writeLong(m.deadline());
            out.writeStrings(new ArrayList<>(m.correlatedProcesses()));
        }
        List<MessageStartLocks.Lock> locks = new ArrayList<>();
        events.startLocks().forEach(locks::add);
        locks.sort(Comparator.comparingLong(MessageStartLocks.Lock::processInstanceKey));
        out.writeInt(locks.size());
        for (MessageStartLocks.Lock lock : locks) {
            out.writeString(lock.bpmnProcessId());
            out.writeString(lock.correlationKey());
            out.writeLong(lock.processInstanceKey());
        }
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        EventState events = state.events();
        int subscriptions = in.readInt();
        for (int i = 0; i < subscriptions; i++) {
            long key = in.readLong();
            EventSubscription.Kind kind = EventSubscription.Kind.valueOf(in.readString());
            long ownerKey = in.readLong();
            ProcessDefinition definition = state.deployments().process(in.readLong());
            String catchEventId = in.readString();
            long createdAt = in.readLong();
            String messageName = in.readString();
            String correlationKey = in.readString();
            TimerSchedule schedule = new TimerSchedule(in.readLong(), in.readInt(), in.readString());
            ElementInstance owner = ownerKey == 0 ? null : state.elementInstances().get(ownerKey);
            if (definition == null || (ownerKey != 0 && owner == null)) throw new IOException("subscription " + key + " lost its owner");
            var catchEvent = definition.executable().element(catchEventId);
            events.subscriptions().add(kind == EventSubscription.Kind.TIMER
                    ? EventSubscription.timer(key, owner, catchEvent, definition, createdAt, schedule)
                    : EventSubscription.message(key, owner, catchEvent, definition, createdAt, messageName, correlationKey));
        }
        int processes = in.readInt();
        for (int i = 0; i < processes; i++) {
            String bpmnProcessId = in.readString();
            int count = in.readInt();
            List<EventSubscriptions.MessageStart> starts = new ArrayList<>(count);
            for (int j = 0; j < count; j++) {
                ProcessDefinition definition = state.deployments().process(in.readLong());
                String startEventId = in.readString();
                starts.add(new EventSubscriptions.MessageStart(definition, definition.executable().element(startEventId), in.readString()));
            }
            events.subscriptions().replaceMessageStarts(bpmnProcessId, starts);
        }
        int messages = in.readInt();
        for (int i = 0; i < messages; i++) {
            BufferedMessage message = new BufferedMessage(in.readLong(), in.readString(), in.readString(), in.readString(),
                    in.readVariables(), in.readString(), in.readLong(), in.readLong());
            in.readStrings().forEach(message::markCorrelated);
            events.messages().add(message);
        }
        int locks = in.readInt();
        for (int i = 0; i < locks; i++) events.startLocks().lock(in.readString(), in.readString(), in.readLong());
    }
}
