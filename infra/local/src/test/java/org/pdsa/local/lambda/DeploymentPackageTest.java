package org.pdsa.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the Lambda deployment package holds, and what it must not. */
class DeploymentPackageTest {

    private static final long MAX_BYTES = 30_000_000L;

    private static Path artifact;
    private static List<String> entries;

    @BeforeAll
    static void readPackage() throws IOException {
        artifact = DeploymentPackage.locate();
        try (ZipFile zip = new ZipFile(artifact.toFile())) {
            entries = Collections.list(zip.entries()).stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void shouldStayWithinThirtyMegabytes() throws IOException {
        assertThat(Files.size(artifact))
                .as("size of %s (issue 4: <= 30 MB); what is left out, and why: functions/src/assembly/lambda.xml",
                        artifact.getFileName())
                .isLessThanOrEqualTo(MAX_BYTES);
    }

    @Test
    void shouldHoldTheHandlersAtTheRootAndTheirDependenciesInLib() {
        assertThat(entries).contains("org/pdsa/api/HealthHandler.class", "lib/camunda-client-java-8.9.0.jar",
                "lib/aws-lambda-java-core-1.4.0.jar");
        assertThat(entries).allMatch(name -> !name.startsWith("lib/") || name.endsWith(".jar") || name.equals("lib/"));
    }

    @Test
    void shouldHoldNothingOfTheLocalStack() {
        assertThat(entries).noneMatch(name -> name.startsWith("org/pdsa/local/"));
        assertThat(entries).noneMatch(name -> name.matches("lib/(javalin|jetty|pdsa-local|feel-engine|dmn-engine"
                + "|aws-lambda-java-runtime-interface-client).*"));
    }

    @Test
    void shouldHoldNoNativeLibraries() throws IOException {
        // given: any .so/.dll/.dylib/.jnilib, inside a jar or not, is platform code Lambda may never load
        List<String> natives = new ArrayList<>();

        // when
        try (ZipFile zip = new ZipFile(artifact.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (isNative(entry.getName())) {
                    natives.add(entry.getName());
                } else if (entry.getName().endsWith(".jar")) {
                    natives.addAll(nativesIn(zip, entry));
                }
            }
        }

        // then
        assertThat(natives).as("native libraries: exclude them in functions/src/assembly/lambda.xml, or justify "
                + "keeping them for the architecture in template.yaml").isEmpty();
    }

    @Test
    void shouldLeaveOutWhatTheExclusionListNames() {
        assertThat(entries).noneMatch(name -> name.matches("lib/(netty-tcnative|proto-google-common-protos"
                + "|zeebe-bpmn-model|camunda-xml-model|apache5-client|netty-nio-client|netty-transport-classes-epoll"
                + "|joda-time|gson)-.*"));
    }

    private static List<String> nativesIn(ZipFile zip, ZipEntry jar) throws IOException {
        List<String> found = new ArrayList<>();
        try (InputStream in = zip.getInputStream(jar); ZipInputStream nested = new ZipInputStream(in)) {
            for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                if (isNative(entry.getName())) {
                    found.add(jar.getName() + "!" + entry.getName());
                }
            }
        }
        return found;
    }

    private static boolean isNative(String name) {
        return name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib") || name.endsWith(".jnilib");
    }
}
