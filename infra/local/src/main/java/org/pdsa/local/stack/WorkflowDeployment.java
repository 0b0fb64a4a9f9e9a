package org.pdsa.local.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deploys the workflows folder (every .bpmn, .dmn and .form in it and its forms/ folder; element templates
 * are for Modeler, not the engine) to the engine as one deployment, as {@code ./pdsa deploy} would.
 */
final class WorkflowDeployment implements Service {

    @Override
    public String name() {
        return "workflows";
    }

    @Override
    public void start(LocalStack stack) throws IOException {
        List<Path> files = resources(stack.config().workflowsDir());
        if (files.isEmpty()) {
            throw new IllegalStateException("no .bpmn, .dmn or .form files in " + stack.config().workflowsDir().toAbsolutePath());
        }
        var command = stack.camundaClient().newDeployResourceCommand().addResourceFile(files.get(0).toString());
        for (Path file : files.subList(1, files.size())) {
            command = command.addResourceFile(file.toString());
        }
        // a cold engine parses and checks every model and form here; on a loaded machine that can pass the client's 10 s
        command.requestTimeout(java.time.Duration.ofSeconds(60)).send().join();
    }

    @Override
    public void stop() {
        // deployments stay with the engine's data
    }

    static List<Path> resources(Path dir) throws IOException {
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().contains("element-templates"))
                    .filter(p -> p.toString().endsWith(".bpmn") || p.toString().endsWith(".dmn")
                            || p.toString().endsWith(".form"))
                    .sorted()
                    .toList();
        }
    }
}
