package org.pdsa.local.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What {@code ./pdsa deploy} sends: a .bpmn, .dmn or .form file, or every such file in a folder and its
 * sub-folders (element templates are for Modeler, not the engine), in a stable order.
 */
public final class DeploymentFiles {

    private static final List<String> SUFFIXES = List.of(".bpmn", ".dmn", ".form");

    private DeploymentFiles() {}

    public static List<Path> of(Path path) {
        if (Files.isRegularFile(path)) {
            if (!deployable(path)) {
                throw new IllegalArgumentException(path + " is not a .bpmn, .dmn or .form file");
            }
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException(path + " does not exist");
        }
        try (Stream<Path> files = Files.walk(path)) {
            List<Path> found = files.filter(Files::isRegularFile)
                    .filter(file -> !file.toString().contains("element-templates"))
                    .filter(DeploymentFiles::deployable)
                    .sorted()
                    .toList();
            if (found.isEmpty()) {
                throw new IllegalArgumentException("no .bpmn, .dmn or .form files in " + path);
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    static boolean deployable(Path file) {
        String name = file.getFileName().toString();
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
