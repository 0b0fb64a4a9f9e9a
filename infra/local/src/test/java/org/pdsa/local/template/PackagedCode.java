package org.pdsa.local.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Our classes as the Lambda deployment package holds them (its root, not lib/), and what a function reaches
 * from its handler class by following class references. The reach is a superset of what runs (a class
 * referred to on a path never taken counts), which is the safe side for "every variable it may read".
 */
final class PackagedCode {

    private final Map<String, ClassConstants> classes;

    private PackagedCode(Map<String, ClassConstants> classes) {
        this.classes = classes;
    }

    static PackagedCode of(Path artifact) {
        List<ClassConstants> all = new ArrayList<>();
        try (ZipFile zip = new ZipFile(artifact.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (entry.getName().startsWith("org/pdsa/") && entry.getName().endsWith(".class")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        all.add(ClassConstants.read(in.readAllBytes()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + artifact, e);
        }
        return new PackagedCode(ClassConstants.index(all));
    }

    boolean contains(String className) {
        return classes.containsKey(internal(className));
    }

    /**
     * Our classes reachable from {@code className} (binary name), itself included, not entering the classes
     * in {@code boundaries}: other functions' handler classes, which only their own function's runtime
     * constructs (the route table names them as data).
     */
    List<ClassConstants> reachableFrom(String className, Set<String> boundaries) {
        String start = internal(className);
        if (!classes.containsKey(start)) {
            throw new IllegalArgumentException(className + " is not in the deployment package");
        }
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(start));
        List<ClassConstants> reached = new ArrayList<>();
        while (!pending.isEmpty()) {
            String next = pending.pop();
            ClassConstants constants = classes.get(next);
            if (constants == null || !seen.add(next) || (!next.equals(start) && boundaries.contains(next))) {
                continue;
            }
            reached.add(constants);
            pending.addAll(constants.classes());
        }
        return reached;
    }

    /** Every string constant of the classes {@code className} reaches, sorted. */
    Set<String> stringsReachableFrom(String className, Set<String> boundaries) {
        Set<String> strings = new TreeSet<>();
        reachableFrom(className, boundaries).forEach(c -> strings.addAll(c.strings()));
        return strings;
    }

    /** Internal names of the classes given by binary name. */
    static Set<String> internalNames(java.util.Collection<String> classNames) {
        Set<String> names = new HashSet<>();
        classNames.forEach(name -> names.add(internal(name)));
        return names;
    }

    private static String internal(String className) {
        return className.replace('.', '/');
    }
}
