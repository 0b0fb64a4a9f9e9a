package org.pdsa.local.engine.snapshot;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.model.ElementType;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementRecord;
import org.pdsa.local.engine.state.ElementState;
import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.Incident;
import org.pdsa.local.engine.state.Job;
import org.pdsa.local.engine.state.ProcessDefinition;
import org.pdsa.local.engine.state.ProcessInstance;
import org.pdsa.local.engine.state.UserTask;

/** Running process instances with their element instances (and variables), jobs, incidents and user tasks. */
final class InstancesSection implements SnapshotSection {
    @Override
    public String name() {
        return "instances";
    }

    @Override
    public void write(EngineState state, SnapshotOutput out) throws IOException {
        List<ProcessInstance> instances = sorted(state.processInstances()::forEachValue, ProcessInstance::key);
        out.writeInt(instances.size());
        for (ProcessInstance pi : instances) {
            out.writeLong(pi.key());
            out.writeLong(pi.definition().key());
            out.writeLong(pi.startTime());
            out.writeLong(pi.parentProcessInstanceKey());
            out.writeLong(pi.parentElementInstanceKey());
            out.writeInt(pi.activeIncidents());
            writeTrail(pi.trail(), out);
        }
        // parents are always created before their children, so key order restores parents first
        List<ElementInstance> elements = sorted(state.elementInstances()::forEachValue, ElementInstance::key);
        out.writeInt(elements.size());
        for (ElementInstance ei : elements) {
            out.writeLong(ei.key());
            out.writeLong(ei.processInstance().key());
            out.writeLong(ei.flowScope() == null ? 0 : ei.flowScope().key());
            out.writeString(ei.element().id());
            out.writeString(ei.state().name());
            out.writeLong(ei.startTime());
            out.writeLong(ei.jobKey());
            out.writeLong(ei.userTaskKey());
            out.writeLong(ei.incidentKey());
            out.writeJson(ei.localVariables());
            out.writeJson(ei.familyData());
        }
        List<Job> jobs = sorted(state.jobs()::forEach, Job::key);
        out.writeInt(jobs.size());
        for (Job job : jobs) {
            out.writeLong(job.key());
            out.writeString(job.type());
            out.writeInt(job.retries());
            out.writeLong(job.elementInstance().key());
            out.writeStringMap(job.customHeaders());
            out.writeLong(job.creationTime());
            out.writeString(job.state().name());
            out.writeString(job.worker());
            out.writeLong(job.deadline());
            out.writeLong(job.recurAt());
            out.writeString(job.errorMessage());
            out.writeString(job.errorCode());
            out.writeLong(job.incidentKey());
        }
        List<Incident> incidents = sorted(state.incidents()::forEachValue, Incident::key);
        out.writeInt(incidents.size());
        for (Incident incident : incidents) {
            out.writeLong(incident.key());
            out.writeString(incident.type().name());
            out.writeString(incident.retry().name());
            out.writeLong(incident.elementInstance().key());
            out.writeLong(incident.jobKey());
            out.writeString(incident.errorMessage());
            out.writeLong(incident.creationTime());
        }
        List<UserTask> tasks = sorted(state.userTasks()::forEachValue, UserTask::key);
        out.writeInt(tasks.size());
        for (UserTask task : tasks) {
            out.writeLong(task.key());
            out.writeLong(task.elementInstance().key());
            out.writeLong(task.creationTime());
            out.writeString(task.assignee());
            out.writeStrings(task.candidateGroups());
            out.writeStrings(task.candidateUsers());
            out.writeString(task.dueDate());
            out.writeString(task.followUpDate());
            out.writeLong(task.formKey());
            out.writeInt(task.priority());
        }
    }

    @Override
    public void read(EngineState state, SnapshotInput in, BpmnTransformer transformer) throws IOException {
        int instances = in.readInt();
        for (int i = 0; i < instances; i++) {
            long key = in.readLong();
            ProcessDefinition definition = state.deployments().process(in.readLong());
            ProcessInstance pi = new ProcessInstance(key, definition, in.readLong(), in.readLong(), in.readLong());
            pi.restoreIncidentCount(in.readInt());
            readTrail(pi, in);
            state.processInstances().put(key, pi);
        }
        int elements = in.readInt();
        for (int i = 0; i < elements; i++) {
            long key = in.readLong();
            ProcessInstance pi = state.processInstances().get(in.readLong());
            long flowScopeKey = in.readLong();
            ExecutableElement element = pi.definition().executable().element(in.readString());
            ElementState elementState = ElementState.valueOf(in.readString());
            long startTime = in.readLong();
            ElementInstance flowScope = flowScopeKey == 0 ? null : state.elementInstances().get(flowScopeKey);
            if (flowScope != null && flowScope.element().type() == ElementType.MULTI_INSTANCE_BODY) {
                element = flowScope.element().children().get(0); // the inner activity shares its body's id
            }
            ElementInstance ei = new ElementInstance(key, element, flowScope, pi, startTime);
            ei.setState(elementState);
            ei.setJobKey(in.readLong());
            ei.setUserTaskKey(in.readLong());
            ei.setIncidentKey(in.readLong());
            ei.restoreLocals(in.readVariables());
            ei.setFamilyData(in.readJson());
            if (flowScope == null) pi.setRoot(ei);
            else flowScope.childStarted(ei);
            state.elementInstances().put(key, ei);
        }
        int jobs = in.readInt();
        for (int i = 0; i < jobs; i++) {
            long key = in.readLong();
            String type = in.readString();
            int retries = in.readInt();
            ElementInstance ei = state.elementInstances().get(in.readLong());
            Job job = new Job(key, type, retries, ei, in.readStringMap(), in.readLong());
            job.setState(Job.State.valueOf(in.readString()));
            job.setWorker(in.readString());
            job.setDeadline(in.readLong());
            job.setRecurAt(in.readLong());
            job.setErrorMessage(in.readString());
            job.setErrorCode(in.readString());
            job.setIncidentKey(in.readLong());
            state.jobs().add(job);
        }
        int incidents = in.readInt();
        for (int i = 0; i < incidents; i++) {
            long key = in.readLong();
            Incident.Type type = Incident.Type.valueOf(in.readString());
            Incident.Retry retry = Incident.Retry.valueOf(in.readString());
            ElementInstance ei = state.elementInstances().get(in.readLong());
            state.incidents().put(key, new Incident(key, type, retry, ei, in.readLong(), in.readString(), in.readLong()));
        }
        int tasks = in.readInt();
        for (int i = 0; i < tasks; i++) {
            long key = in.readLong();
            ElementInstance ei = state.elementInstances().get(in.readLong());
            UserTask task = new UserTask(key, ei, in.readLong());
            task.setAssignee(in.readString());
            task.setCandidateGroups(in.readStrings());
            task.setCandidateUsers(in.readStrings());
            task.setDueDate(in.readString());
            task.setFollowUpDate(in.readString());
            task.setFormKey(in.readLong());
            task.setPriority(in.readInt());
            state.userTasks().put(key, task);
        }
    }

    static void writeTrail(List<ElementRecord> trail, SnapshotOutput out) throws IOException {
        out.writeInt(trail.size());
        for (ElementRecord r : trail) {
            out.writeLong(r.key());
            out.writeString(r.elementId());
            out.writeString(r.type().name());
            out.writeString(r.state().name());
            out.writeLong(r.startTime());
            out.writeLong(r.endTime());
        }
    }

    static void readTrail(ProcessInstance pi, SnapshotInput in) throws IOException {
        int n = in.readInt();
        for (int i = 0; i < n; i++) {
            pi.addToTrail(new ElementRecord(in.readLong(), in.readString(), ElementType.valueOf(in.readString()),
                    ElementState.valueOf(in.readString()), in.readLong(), in.readLong()));
        }
    }

    private static <T> List<T> sorted(java.util.function.Consumer<java.util.function.Consumer<T>> source,
                                      java.util.function.ToLongFunction<T> key) {
        List<T> list = new ArrayList<>();
        source.accept(list::add);
        list.sort(Comparator.comparingLong(key));
        return list;
    }
}
