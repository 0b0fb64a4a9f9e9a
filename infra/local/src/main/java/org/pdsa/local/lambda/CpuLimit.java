package org.pdsa.local.lambda;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How many of this machine's CPUs a function JVM may run on. Lambda gives an on-demand init one full vCPU and
 * afterwards a share proportional to memory (about 0.58 vCPU at 1024 MB); a JVM left on every core of a
 * workstation overlaps JIT compilation, GC and the code's own threads and so starts faster than it would there.
 * Confining it to one CPU models the init phase; it runs under {@code taskset} (util-linux), on the machine's
 * last CPUs, away from where the local stack tends to run.
 *
 * @param count CPUs the JVM may use; 0 for no limit
 */
public record CpuLimit(int count) {

    public static final CpuLimit NONE = new CpuLimit(0);

    public CpuLimit {
        if (count < 0) {
            throw new IllegalArgumentException("a CPU count cannot be negative: " + count);
        }
    }

    /** {@code count} CPUs of this machine; refused when it has fewer or {@code taskset} is not installed. */
    public static CpuLimit of(int count) {
        int available = Runtime.getRuntime().availableProcessors();
        if (count < 1 || count > available) {
            throw new IllegalArgumentException("cannot confine a function to " + count + " CPU(s): this machine offers "
                    + available);
        }
        if (taskset().isEmpty()) {
            throw new IllegalStateException("confining a function to " + count
                    + " CPU(s) needs taskset (Debian package util-linux), which is not on the PATH");
        }
        return new CpuLimit(count);
    }

    /** What goes before the java executable: nothing, or {@code taskset -c first-last}. */
    List<String> prefix() {
        return prefix(Runtime.getRuntime().availableProcessors());
    }

    List<String> prefix(int machineCpus) {
        if (count == 0) {
            return List.of();
        }
        int first = Math.max(0, machineCpus - count);
        int last = first + count - 1;
        return List.of(taskset().map(Path::toString).orElse("taskset"), "-c", first == last ? "" + first : first + "-" + last);
    }

    /** A description for reports: "all CPUs" or "1 CPU". */
    @Override
    public String toString() {
        return count == 0 ? "all CPUs" : count + (count == 1 ? " CPU" : " CPUs");
    }

    private static Optional<Path> taskset() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder.isEmpty() ? "." : folder, "taskset");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
