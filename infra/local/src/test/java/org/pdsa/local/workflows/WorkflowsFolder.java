package org.pdsa.local.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The repository's {@code workflows/} folder as the static checks see it: BPMN, forms, templates, README. */
record WorkflowsFolder(Path root) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Finds {@code workflows/} above the working directory (Maven runs tests in infra/local). */
    static WorkflowsFolder locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("workflows");
            if (Files.isRegularFile(candidate.resolve("README.md"))) {
                return new WorkflowsFolder(candidate);
            }
        }
        throw new IllegalStateException("no workflows/README.md above " + Path.of("").toAbsolutePath());
    }

    List<Path> bpmnFiles() {
        return list(root, ".bpmn");
    }

    List<Path> formFiles() {
        return list(root.resolve("forms"), ".form");
    }

    List<Path> templateFiles() {
        return list(root.resolve("element-templates"), ".json");
    }

    Path readme() {
        return root.resolve("README.md");
    }

    BpmnModelInstance model(Path bpmnFile) {
        return Bpmn.readModelFromFile(bpmnFile.toFile());
    }

    /** The model of the BPMN file whose process has this id. */
    BpmnModelInstance modelOf(String processId) {
        return bpmnFiles().stream()
                .map(this::model)
                .filter(model -> model.getModelElementById(processId) != null)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no BPMN file defines process " + processId));
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read JSON " + file, e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> list(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
