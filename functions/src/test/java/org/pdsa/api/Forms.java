package org.pdsa.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real Camunda Forms of workflows/forms, read from the repository so tests follow the contract. */
final class Forms {

    private Forms() {
    }

    static String text(String file) {
        Path path = Path.of("..", "workflows", "forms", file);
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath(), e);
        }
    }

    static FormSchema schema(String file) {
        return FormSchema.parse(text(file));
    }
}
