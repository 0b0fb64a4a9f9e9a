package org.pdsa.local.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/** Changed copies of template.yaml, for tests that check the checks fail. */
final class TemplateFiles {

    private TemplateFiles() {}

    static SamTemplate withText(SamTemplate template, UnaryOperator<String> change) {
        try {
            String original = Files.readString(template.file());
            String changed = change.apply(original);
            if (changed.equals(original)) {
                throw new IllegalStateException("the change left template.yaml as it was: update the test");
            }
            Path copy = Files.createTempFile("template-", ".yaml");
            copy.toFile().deleteOnExit();
            Files.writeString(copy, changed);
            return SamTemplate.read(copy);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
