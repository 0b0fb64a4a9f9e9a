package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.UserTask;

/**
 * What user tasks hold beyond the instances section (which restores open tasks' core fields): the
 * open tasks' form reference and headers, and the finished (completed or cancelled) tasks kept for
 * searches, oldest first.
 */
final class UserTasksSection implements SnapshotSection {
    @Override
    public String name() {
        return "userTasks";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        List<UserTask> open = new ArrayList<>();
        state.userTasks().forEachValue(open::add);
        open.sort(Comparator.comparingLong(UserTask::key));
        out.writeInt(open.size());
        for (UserTask task : open) {
            out.writeLong(task.key());
            out.writeString(task.externalFormReference());
            out.writeStringMap(task.customHeaders());
        }
        List<UserTask> finished = new ArrayList<>();
        state.finishedUserTasks().forEach(finished::add);
        out.writeInt(finished.size());
        for (UserTask task : finished) {
            out.writeLong(task.key());
            out.writeLong(task.elementInstanceKey());
            out.writeLong(task.processInstanceKey());
            out.writeString(task.elementId());
            out.writeString(task.name());
            out.writeLong(task.definition().key());
            out.writeLong(task.creationTime());
            out.writeString(task.state().name());
            out.writeLong(task.completionTime());
            out.writeString(task.assignee());
            out.writeStrings(task.candidateGroups());
            out.writeStrings(task.candidateUsers());
            out.writeString(task.dueDate());
            out.writeString(task.followUpDate());
            out.writeLong(task.formKey());
            out.writeString(task.externalFormReference());
            out.writeStringMap(task.customHeaders());
            out.writeInt(task.priority());
            out.writeJson(task.localVariables());
        }
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        int open = in.readInt();
        for (int i = 0; i < open; i++) {
            UserTask task = state.userTasks().get(in.readLong());
            String external = in.readString();
            var headers = in.readStringMap();
            if (task == null) throw new IOException("snapshot names an open user task the instances section does not have");
            task.setExternalFormReference(external);
            task.setCustomHeaders(headers);
        }
        int finished = in.readInt();
        for (int i = 0; i < finished; i++) {
            UserTask task = new UserTask(in.readLong(), in.readLong(), in.readLong(), in.readString(), in.readString(),
                    state.deployments().process(in.readLong()), in.readLong());
            UserTask.State endState = UserTask.State.valueOf(in.readString());
            long completionTime = in.readLong();
            task.setAssignee(in.readString());
            task.setCandidateGroups(in.readStrings());
            task.setCandidateUsers(in.readStrings());
            task.setDueDate(in.readString());
            task.setFollowUpDate(in.readString());
            task.setFormKey(in.readLong());
            task.setExternalFormReference(in.readString());
            task.setCustomHeaders(in.readStringMap());
            task.setPriority(in.readInt());
            task.restoreFinished(endState, completionTime, in.readVariables());
            state.finishedUserTasks().add(task);
        }
    }
}
