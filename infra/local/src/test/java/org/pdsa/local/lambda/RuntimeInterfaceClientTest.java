package org.pdsa.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeInterfaceClientTest {

    @TempDir
    Path cache;

    @Test
    void shouldPickTheNativeLibraryForThePlatform() {
        assertThat(RuntimeInterfaceClient.nativeLibraryName("Linux", "amd64", false))
                .isEqualTo("libaws-lambda-jni.linux-x86_64.so");
        assertThat(RuntimeInterfaceClient.nativeLibraryName("Linux", "aarch64", false))
                .isEqualTo("libaws-lambda-jni.linux-aarch_64.so");
        assertThat(RuntimeInterfaceClient.nativeLibraryName("Linux", "amd64", true))
                .isEqualTo("libaws-lambda-jni.linux_musl-x86_64.so");
    }

    @Test
    void shouldExplainThatTheClientNeedsLinux() {
        assertThatThrownBy(() -> RuntimeInterfaceClient.nativeLibraryName("Mac OS X", "aarch64", false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("native code for Linux only");
    }

    @Test
    void shouldFindTheClientJarsAndUnpackItsLibraryOnce() throws Exception {
        // when
        RuntimeInterfaceClient first = RuntimeInterfaceClient.locate(cache);
        RuntimeInterfaceClient second = RuntimeInterfaceClient.locate(cache);

        // then
        assertThat(first.classpath()).hasSize(4).allMatch(Files::isRegularFile);
        assertThat(first.classpath().get(0).getFileName().toString())
                .startsWith("aws-lambda-java-runtime-interface-client-");
        assertThat(first.nativeLibrary()).isRegularFile().startsWith(cache);
        assertThat(second.nativeLibrary()).isEqualTo(first.nativeLibrary());
        try (var files = Files.list(first.nativeLibrary().getParent())) {
            assertThat(files).hasSize(1); // no partial copies left behind
        }
    }
}
