package org.pdsa.spc;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Reads the CSV fixtures under src/test/resources/spc/. */
final class Fixtures {

    private Fixtures() {}

    static List<SpcPoint> csv(String name) {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(Fixtures.class.getResourceAsStream("/spc/" + name), name),
                StandardCharsets.UTF_8)) {
            return SpcCsv.parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
