package org.pdsa.local.engine.model;

import java.util.Map;

/** A deployable process: its root element (type PROCESS) and every element by id. */
public record ExecutableProcess(String bpmnProcessId, String name, String versionTag, ExecutableElement root,
                                Map<String, ExecutableElement> elementsById) {

    public ExecutableElement element(String id) {
        return elementsById.get(id);
    }
}
