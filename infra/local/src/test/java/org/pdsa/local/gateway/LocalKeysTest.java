package org.pdsa.local.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKeysTest {

    @TempDir
    Path dir;

    @Test
    void shouldCreateTheKeyOnceAndKeepItPrivate() throws Exception {
        // when
        LocalKeys first = LocalKeys.inDirectory(dir.resolve("keys"));
        LocalKeys again = LocalKeys.inDirectory(dir.resolve("keys"));

        // then
        assertThat(again.keyId()).isEqualTo(first.keyId());
        Path file = dir.resolve("keys").resolve(LocalKeys.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.publicJwks().getKeys()).singleElement().satisfies(k -> assertThat(k.isPrivate()).isFalse());
    }

    @Test
    void shouldAgreeOnOneKeyWhenSeveralCreateItAtOnce() throws Exception {
        // given
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<String>> creators = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            creators.add(() -> LocalKeys.inDirectory(dir.resolve("race")).keyId());
        }

        // when
        Set<String> ids;
        try {
            List<Future<String>> results = pool.invokeAll(creators);
            ids = new java.util.HashSet<>();
            for (Future<String> f : results) {
                ids.add(f.get());
            }
        } finally {
            pool.shutdown();
        }

        // then
        assertThat(ids).hasSize(1);
        try (var files = Files.list(dir.resolve("race"))) {
            assertThat(files.map(p -> p.getFileName().toString()).collect(Collectors.toList()))
                    .containsExactly(LocalKeys.FILE);
        }
    }
}
