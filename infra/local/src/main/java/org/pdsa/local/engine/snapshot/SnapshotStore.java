package org.pdsa.local.engine.snapshot;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Snapshot files ({@code snapshot-<position>.bin}): written to a temporary file, forced, then
 * atomically renamed, so a crash leaves either the old snapshot or the new one. The newest valid
 * snapshot wins; a corrupt one is skipped in favour of an older one.
 */
public final class SnapshotStore {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotStore.class);
    private static final int MAGIC = 0x50445341; // "PDSA"
    private static final String PREFIX = "snapshot-";
    private static final String SUFFIX = ".bin";

    private final Path dir;

    public SnapshotStore(Path dir) {
        this.dir = dir;
    }

    /** A loaded snapshot: the journal position it covers and its payload. */
    public record Loaded(long position, byte[] payload) {}

    public void write(long position, byte[] payload) {
        try {
            Files.createDirectories(dir);
            Path tmp = dir.resolve(PREFIX + "writing.tmp");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(payload.length + 32);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeInt(MAGIC);
                out.writeLong(position);
                out.writeInt(payload.length);
                out.write(payload);
                CRC32C crc = new CRC32C();
                crc.update(payload);
                out.writeInt((int) crc.getValue());
            }
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes.toByteArray());
                while (buffer.hasRemaining()) channel.write(buffer);
                channel.force(true);
            }
            Files.move(tmp, path(position), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncDirectory();
            for (long older : positions()) if (older < position) Files.deleteIfExists(path(older));
        } catch (IOException e) {
            throw new UncheckedIOException("writing snapshot at position " + position + " failed", e);
        }
    }

    /** The newest readable snapshot, if any. */
    public Optional<Loaded> loadLatest() throws IOException {
        if (!Files.isDirectory(dir)) return Optional.empty();
        Files.deleteIfExists(dir.resolve(PREFIX + "writing.tmp"));
        List<Long> positions = positions();
        for (int i = positions.size() - 1; i >= 0; i--) {
            Path file = path(positions.get(i));
            try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
                if (in.readInt() != MAGIC) throw new IOException("not a snapshot file");
                long position = in.readLong();
                byte[] payload = new byte[in.readInt()];
                in.readFully(payload);
                CRC32C crc = new CRC32C();
                crc.update(payload);
                if (in.readInt() != (int) crc.getValue()) throw new IOException("checksum mismatch");
                return Optional.of(new Loaded(position, payload));
            } catch (IOException e) {
                LOG.warn("snapshot {} is unreadable ({}); trying an older one", file, e.getMessage());
            }
        }
        return Optional.empty();
    }

    private List<Long> positions() throws IOException {
        List<Long> positions = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(PREFIX) && n.endsWith(SUFFIX))
                    .forEach(n -> positions.add(Long.parseLong(n.substring(PREFIX.length(), n.length() - SUFFIX.length()))));
        }
        positions.sort(Long::compare);
        return positions;
    }

    private Path path(long position) {
        return dir.resolve(String.format("%s%020d%s", PREFIX, position, SUFFIX));
    }

    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened; the file itself is forced
        }
    }
}
