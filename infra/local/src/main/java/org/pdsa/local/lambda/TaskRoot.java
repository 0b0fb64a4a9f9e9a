package org.pdsa.local.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A function's task root (Lambda's {@code /var/task}): the deployment package unpacked, as Lambda
 * unpacks it. The runtime client loads the function from this folder and its {@code lib/*.jar}, with
 * the folder as the JVM's working directory, so the function sees exactly what the package holds.
 */
final class TaskRoot {

    private TaskRoot() {}

    /** Unpacks {@code artifact} (zip, jar or folder) into {@code target} and adds the layer jars to lib/. */
    static Path prepare(Path artifact, List<Path> layers, Path target) {
        if (!Files.exists(artifact)) {
            throw new IllegalArgumentException("Deployment package " + artifact + " does not exist"
                    + (artifact.toString().endsWith("pdsa-functions-lambda.zip")
                            ? " (build it with: mvn -pl functions -am package)" : ""));
        }
        try {
            Files.createDirectories(target);
            if (Files.isDirectory(artifact)) {
                copyTree(artifact, target);
            } else {
                unzip(artifact, target);
            }
            if (!layers.isEmpty()) {
                Path lib = Files.createDirectories(target.resolve("lib"));
                for (Path layer : layers) {
                    Files.copy(layer, lib.resolve("layer-" + layer.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the task root of " + artifact, e);
        }
    }

    private static void unzip(Path archive, Path target) throws IOException {
        Path root = target.toAbsolutePath().normalize();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                Path destination = root.resolve(entry.getName()).normalize();
                if (!destination.startsWith(root)) {
                    throw new IOException(archive + " has an entry outside its root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Deletes a folder and everything in it; what cannot be deleted is left for the OS's temp cleaning. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort: a leftover temp folder is harmless
        }
    }
}
