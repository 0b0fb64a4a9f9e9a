package org.pdsa.local.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DynaliteInstallTest {

    @Test
    void shouldFindThePinnedPackageFromTheModuleOrTheRepositoryRoot() {
        // when (tests run in infra/local; ./pdsa runs from the root: both lead to the same folder)
        Path dir = DynaliteInstall.locate().dir();
        // then
        assertThat(dir.resolve("package.json")).exists();
        assertThat(dir.resolve("package-lock.json")).content().contains("\"node_modules/dynalite\"").contains("\"version\": \"4.0.0\"");
    }

    @Test
    void shouldInstallFromTheLockfileWhenNodeModulesIsMissing(@TempDir Path dir) throws IOException {
        // given a copy of the package without node_modules
        Path pinned = DynaliteInstall.locate().dir();
        Files.copy(pinned.resolve("package.json"), dir.resolve("package.json"));
        Files.copy(pinned.resolve("package-lock.json"), dir.resolve("package-lock.json"));
        List<String> progress = new ArrayList<>();
        // when
        Path cli = new DynaliteInstall(dir, "node").cli(progress::add);
        // then
        assertThat(cli).isEqualTo(dir.resolve("node_modules/dynalite/cli.js")).exists();
        assertThat(dir.resolve("node_modules/dynalite/package.json")).content().contains("\"version\": \"4.0.0\"");
        assertThat(progress).anySatisfy(line -> assertThat(line).contains("npm ci"));
    }

    @Test
    void shouldExplainWhatToInstallWhenNodeIsMissing(@TempDir Path dir) {
        assertThatThrownBy(() -> new DynaliteInstall(dir, "node-missing-for-this-test").cli(m -> { }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Node.js 20+ is needed")
                .hasMessageContaining("install it");
    }
}
