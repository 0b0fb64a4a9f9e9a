package org.pdsa.local.engine.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything deployed: process definitions (all versions), forms and other resources (DMN is stored
 * here for the decision engine to pick up).
 */
public final class Deployments {
    private final LongMap<ProcessDefinition> processesByKey = new LongMap<>();
    private final Map<String, List<ProcessDefinition>> processVersions = new HashMap<>();
    private final LongMap<Resource> resourcesByKey = new LongMap<>();
    private final Map<String, List<FormDefinition>> formVersions = new HashMap<>();
    private final LongMap<FormDefinition> formsByKey = new LongMap<>();
    private final List<Resource> otherResources = new ArrayList<>();

    public ProcessDefinition process(long key) {
        return processesByKey.get(key);
    }

    /** The latest version of a process, or null. */
    public ProcessDefinition latestProcess(String bpmnProcessId) {
        List<ProcessDefinition> versions = processVersions.get(bpmnProcessId);
        return versions == null ? null : versions.get(versions.size() - 1);
    }

    /** Every version of a process, oldest first (empty when none). */
    public List<ProcessDefinition> versions(String bpmnProcessId) {
        List<ProcessDefinition> versions = processVersions.get(bpmnProcessId);
        return versions == null ? List.of() : java.util.Collections.unmodifiableList(versions);
    }

    public ProcessDefinition process(String bpmnProcessId, int version) {
        List<ProcessDefinition> versions = processVersions.get(bpmnProcessId);
        if (versions == null) return null;
        for (ProcessDefinition definition : versions) if (definition.version() == version) return definition;
        return null;
    }

    /** Every process definition, in deployment order per process id. */
    public List<ProcessDefinition> processes() {
        List<ProcessDefinition> all = new ArrayList<>();
        processVersions.values().forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.key(), b.key()));
        return all;
    }

    public Resource resource(long key) {
        return resourcesByKey.get(key);
    }

    public FormDefinition latestForm(String formId) {
        List<FormDefinition> versions = formVersions.get(formId);
        return versions == null ? null : versions.get(versions.size() - 1);
    }

    public FormDefinition form(long key) {
        return formsByKey.get(key);
    }

    /** Every form version, in key order. */
    public void forEachForm(java.util.function.Consumer<FormDefinition> action) {
        List<FormDefinition> all = new ArrayList<>();
        formVersions.values().forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.key(), b.key()));
        all.forEach(action);
    }

    /** Deployed resources that are neither BPMN nor forms (DMN, ...), in deployment order. */
    public List<Resource> otherResources() {
        return otherResources;
    }

    // ---- writes (stream processor only) ----

    public void addProcess(ProcessDefinition definition) {
        processesByKey.put(definition.key(), definition);
        processVersions.computeIfAbsent(definition.bpmnProcessId(), id -> new ArrayList<>()).add(definition);
        resourcesByKey.put(definition.resource().key(), definition.resource());
    }

    public void addForm(FormDefinition form) {
        formsByKey.put(form.key(), form);
        formVersions.computeIfAbsent(form.formId(), id -> new ArrayList<>()).add(form);
        resourcesByKey.put(form.resource().key(), form.resource());
    }

    public void addOtherResource(Resource resource) {
        otherResources.add(resource);
        resourcesByKey.put(resource.key(), resource);
    }
}
