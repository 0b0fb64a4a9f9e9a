package org.pdsa.local.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Copies shared/anchors (read-only) to a temporary folder, builds it with Maven and runs Operaton
 * and Flowable with the same warm-up and JVM flags as ours; parses their result lines.
 */
final class AnchorsRun {
    private static final Pattern LINE = Pattern.compile(
            "^(\\w+) (h2-file|h2-mem): (\\d+) PI/s, p50 ([\\d.]+) ms, p99 ([\\d.]+) ms; (\\d+)k waiting: heap (\\d+) MB, restart ([\\d.]+) s");

    private AnchorsRun() {}

    /** Results by "engine mode" (e.g. "operaton h2-file"). */
    static Map<String, BenchResult> run(Path anchorsSource, BenchSettings settings) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("pdsa-anchors");
        Path copy = work.resolve("anchors");
        copyTree(anchorsSource, copy);
        System.out.println("building the anchors in " + copy + " (mvn -q package) ...");
        int rc = new ProcessBuilder("mvn", "-B", "-ntp", "-q", "package").directory(copy.toFile()).inheritIO().start().waitFor();
        if (rc != 0) throw new IOException("building the anchors failed (exit " + rc + ")");
        Map<String, BenchResult> results = new LinkedHashMap<>();
        for (String engine : List.of("operaton", "flowable")) {
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.addAll(BenchSettings.JVM_FLAGS);
            command.add("-Danchors.warmup=" + settings.warmupSeconds());
            command.add("-Danchors.measure=" + settings.measureSeconds());
            command.add("-Danchors.waiting=" + settings.waiting());
            command.addAll(List.of("-jar", copy.resolve("target/anchors.jar").toString(), engine));
            Process process = new ProcessBuilder(command).directory(copy.toFile()).redirectErrorStream(true).start();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    System.out.println("  | " + line);
                    Matcher m = LINE.matcher(line);
                    if (m.find()) {
                        results.put(m.group(1) + " " + m.group(2), new BenchResult(Double.parseDouble(m.group(3)),
                                Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Double.NaN, Double.NaN, 0, 0,
                                Long.parseLong(m.group(7)), Double.parseDouble(m.group(8)), Long.parseLong(m.group(6)) * 1000));
                    }
                }
            }
            process.waitFor();
        }
        LocalEngineFiles.deleteRecursively(work);
        return results;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                if (source.toString().contains("/target/")) continue;
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
