package org.pdsa.local.lambda;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Packs compiled test classes of one package into a jar, to hand to a function as a layer. */
final class LayerJar {

    private LayerJar() {}

    static Path ofPackage(Class<?> member, Path target) throws IOException {
        Path folder;
        try {
            folder = Path.of(member.getResource(member.getSimpleName() + ".class").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
        String prefix = member.getPackageName().replace('.', '/') + "/";
        List<Path> classes;
        try (Stream<Path> files = Files.list(folder)) {
            classes = files.filter(file -> file.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        }
        try (OutputStream out = Files.newOutputStream(target); JarOutputStream jar = new JarOutputStream(out)) {
            for (Path file : classes) {
                jar.putNextEntry(new JarEntry(prefix + file.getFileName()));
                jar.write(Files.readAllBytes(file));
                jar.closeEntry();
            }
        }
        return target;
    }
}
