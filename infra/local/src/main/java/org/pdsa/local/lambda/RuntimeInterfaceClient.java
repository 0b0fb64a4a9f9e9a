package org.pdsa.local.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * The Lambda runtime interface client (aws-lambda-java-runtime-interface-client) as Lambda's Java
 * runtime runs it: its jar and dependencies, found on the local stack's own class path, and its JNI
 * library for this platform, unpacked once to a private folder.
 *
 * @param classpath the jars a function JVM gets on its system class path
 * @param nativeLibrary the JNI library, passed to the client by its system property
 */
public record RuntimeInterfaceClient(List<Path> classpath, Path nativeLibrary) {

    /** The runtime's entry point; it takes the {@code Handler} string as its one argument. */
    public static final String MAIN_CLASS = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    /** The system property that tells the client where its JNI library is (else it writes one to /tmp). */
    public static final String NATIVE_LIBRARY_PROPERTY =
            "com.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI";

    // one class from each jar the client needs: itself, aws-lambda-java-core, its serialization, utils-lite
    private static final List<String> JAR_MARKERS = List.of(
            MAIN_CLASS,
            "com.amazonaws.services.lambda.runtime.Context",
            "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer",
            "software.amazon.awssdk.utilslite.SdkInternalThreadLocal");

    /** Finds the client's jars and unpacks its JNI library under {@code cacheDir}. */
    public static RuntimeInterfaceClient locate(Path cacheDir) {
        List<Path> jars = new ArrayList<>();
        for (String className : JAR_MARKERS) {
            jars.add(jarOf(className));
        }
        String library = nativeLibraryName(System.getProperty("os.name"), System.getProperty("os.arch"),
                isMusl());
        return new RuntimeInterfaceClient(List.copyOf(jars), unpack(jars.get(0), "jni/" + library, cacheDir));
    }

    /** The name of the client's JNI library for a platform, as the client's jar holds them. */
    static String nativeLibraryName(String osName, String osArch, boolean musl) {
        if (osName == null || !osName.toLowerCase().startsWith("linux")) {
            throw new IllegalStateException("The Lambda runtime interface client ships native code for Linux only; "
                    + "this is " + osName + ". Run functions under the runtime client on Linux (or in WSL).");
        }
        String arch = switch (osArch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> throw new IllegalStateException("The Lambda runtime interface client has no native library "
                    + "for " + osArch + " (only x86_64 and aarch64).");
        };
        return "libaws-lambda-jni." + (musl ? "linux_musl-" : "linux-") + arch + ".so";
    }

    private static boolean isMusl() {
        try (var entries = Files.list(Path.of("/lib"))) {
            return entries.anyMatch(path -> path.getFileName().toString().startsWith("ld-musl-"));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path jarOf(String className) {
        String resource = className.replace('.', '/') + ".class";
        URL url = RuntimeInterfaceClient.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("Cannot find " + className + " on the class path: the local stack needs "
                    + "com.amazonaws:aws-lambda-java-runtime-interface-client and its dependencies at runtime.");
        }
        try {
            if (!"jar".equals(url.getProtocol())) {
                throw new IllegalStateException(className + " is not in a jar (" + url + ")");
            }
            URL jar = ((JarURLConnection) url.openConnection()).getJarFileURL();
            return Path.of(jar.toURI());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies an entry of the jar to a folder named after the jar's size and date; written atomically. */
    private static Path unpack(Path jar, String entryName, Path cacheDir) {
        try (JarFile file = new JarFile(jar.toFile())) {
            ZipEntry entry = file.getEntry(entryName);
            if (entry == null) {
                throw new IllegalStateException(jar + " has no " + entryName);
            }
            Path folder = cacheDir.resolve("ric-" + Long.toHexString(Files.size(jar)) + "-"
                    + Long.toHexString(Files.getLastModifiedTime(jar).toMillis()));
            Path target = folder.resolve(entryName.substring(entryName.lastIndexOf('/') + 1));
            if (Files.isRegularFile(target) && Files.size(target) == entry.getSize()) {
                return target;
            }
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, "partial-", ".so");
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            // atomic, so that runners started side by side never load a half-written library
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + entryName + " from " + jar, e);
        }
    }
}
