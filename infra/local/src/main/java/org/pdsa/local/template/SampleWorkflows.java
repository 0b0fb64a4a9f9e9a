package org.pdsa.local.template;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One tiny process per job type (start, a service task of that type, end), so that a worker function run
 * against the local engine finds a real job of its type: {@code sample-<type>} with the task
 * {@code task_<type>}. They stand in for workflows/ where the full processes cannot run.
 */
public final class SampleWorkflows {

    private SampleWorkflows() {}

    /** The process id for a job type, e.g. {@code sample-fetch-metrics} for {@code pdsa.fetch-metrics}. */
    public static String processId(String jobType) {
        return "sample-" + jobType.substring(jobType.indexOf('.') + 1);
    }

    public static BpmnModelInstance model(String jobType) {
        String name = jobType.substring(jobType.indexOf('.') + 1).replace('-', '_');
        return Bpmn.createExecutableProcess(processId(jobType))
                .startEvent("start_" + name)
                .serviceTask("task_" + name, task -> task.zeebeJobType(jobType).zeebeJobRetries("1"))
                .endEvent("end_" + name)
                .done();
    }

    /** Writes one .bpmn per job type into {@code dir} and returns the files. */
    public static List<Path> write(Path dir, List<String> jobTypes) {
        try {
            Files.createDirectories(dir);
            return jobTypes.stream().map(type -> {
                Path file = dir.resolve(processId(type) + ".bpmn");
                Bpmn.writeModelToFile(file.toFile(), model(type));
                return file;
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
