package org.pdsa.local.engine.state;

import org.pdsa.local.engine.model.ExecutableProcess;

/** One deployed version of a process: keys, version, the resource it came from and its executable graph. */
public record ProcessDefinition(long key, String bpmnProcessId, int version, String resourceName, String checksum,
                                long deploymentKey, String tenantId, ExecutableProcess executable, Resource resource) {

    public String name() {
        return executable.name();
    }

    public String versionTag() {
        return executable.versionTag();
    }
}
