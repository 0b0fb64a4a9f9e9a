package org.pdsa.local.engine.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Group commit: answers only after their records are durable, nothing lost or reordered, across segments. */
class JournalTest {
    private Path dir;
    private ExecutorService releaser;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("pdsa-journal");
        releaser = Executors.newSingleThreadExecutor();
    }

    @AfterEach
    void deleteDir() throws Exception {
        releaser.shutdownNow();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void shouldReleaseEveryBatchOnlyOnceItsRecordsAreDurableAcrossSegments() throws Exception {
        // given a journal with small segments, so that batches roll over many of them
        Journal journal = Journal.open(dir, 0, 4096, releaser, r -> {});
        List<long[]> releases = Collections.synchronizedList(new ArrayList<>());
        int batches = 400;

        // when batches of records are committed, some with answers only (rejections, queries)
        long last = 0;
        for (int batch = 0; batch < batches; batch++) {
            int records = batch % 5 == 4 ? 0 : 1 + batch % 3;
            for (int i = 0; i < records; i++) {
                last = journal.append(1000L + batch, (byte) 7, batch, ("record " + (last + 1)).getBytes(StandardCharsets.UTF_8));
            }
            long needed = last;
            journal.commit(List.of(new DurableAction() {
                @Override
                public void durable() {
                    releases.add(new long[] {needed, journal.durablePosition()});
                }

                @Override
                public void failed(Throwable cause) {
                    releases.add(new long[] {needed, -1});
                }
            }));
            if (batch % 50 == 0) Thread.sleep(2); // let forces overlap with the next commits
        }
        journal.awaitDurable(last);
        journal.close(); // the flushers hand over every release before they end
        releaser.shutdown();
        releaser.awaitTermination(10, TimeUnit.SECONDS);

        // then every answer was released once, none before the records it depends on were durable
        assertThat(releases).hasSize(batches);
        assertThat(releases).allSatisfy(r -> assertThat(r[1]).isGreaterThanOrEqualTo(r[0]));
        // and reading the journal back gives every record once, in order, with its body
        List<JournalRecord> read = new ArrayList<>();
        Journal reopened = Journal.open(dir, 0, 4096, Runnable::run, read::add);
        reopened.close();
        assertThat(read).hasSize((int) last);
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).position()).isEqualTo(i + 1);
            assertThat(new String(read.get(i).body(), StandardCharsets.UTF_8)).isEqualTo("record " + (i + 1));
        }
        assertThat(SegmentFiles.list(dir).size()).isGreaterThan(2);
    }

    @Test
    void shouldHoldAnAnswerWithoutRecordsUntilEarlierRecordsAreDurable() throws Exception {
        // given a batch of records committed without answers
        Journal journal = Journal.open(dir, 0, 1 << 20, releaser, r -> {});
        long position = journal.append(1, (byte) 7, 1, new byte[100]);
        journal.commit(List.of());
        long[] seen = {-1};

        // when an answer that adds no record (a rejection) is committed right after
        journal.commit(List.of(new DurableAction() {
            @Override
            public void durable() {
                seen[0] = journal.durablePosition();
            }

            @Override
            public void failed(Throwable cause) {
                seen[0] = -2;
            }
        }));
        journal.awaitDurable(position);
        journal.close();
        releaser.shutdown();
        releaser.awaitTermination(10, TimeUnit.SECONDS);

        // then it was released only once the earlier record was durable
        assertThat(seen[0]).isGreaterThanOrEqualTo(position);
    }
}
