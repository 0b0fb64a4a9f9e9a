package org.pdsa.local.engine.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Naming and listing of journal segment files ({@code journal-<first position>.log}). */
final class SegmentFiles {
    private static final String PREFIX = "journal-";
    private static final String SUFFIX = ".log";

    private SegmentFiles() {}

    static Path path(Path dir, long firstPosition) {
        return dir.resolve(String.format("%s%020d%s", PREFIX, firstPosition, SUFFIX));
    }

    /** First positions of existing segments, ascending. */
    static List<Long> list(Path dir) throws IOException {
        List<Long> positions = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX) && n.endsWith(SUFFIX))
                    .forEach(n -> positions.add(Long.parseLong(n.substring(PREFIX.length(), n.length() - SUFFIX.length()))));
        }
        positions.sort(Long::compare);
        return positions;
    }

    /** Makes a created or deleted file's directory entry durable. */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // some file systems refuse to open directories; the data itself is already forced
        }
    }
}
