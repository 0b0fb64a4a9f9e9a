package org.pdsa.local.engine.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdsa.local.engine.feel.ExpressionLanguage;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.processing.commands.CommandJson;
import org.pdsa.local.engine.state.EngineClock;
import org.pdsa.local.engine.state.EngineState;

class StateCodecTest {
    private final BpmnTransformer transformer = new BpmnTransformer(new ExpressionLanguage(() -> 0L));

    /** A snapshot as an engine that knew only the first {@code count} sections wrote it. */
    private static byte[] snapshotWith(int count, EngineState state) throws IOException {
        List<SnapshotSection> all = List.of(new CoreSection(), new DeploymentsSection(), new InstancesSection(), new HistorySection(),
                new UserTasksSection(), new ResolvedIncidentsSection());
        SnapshotOutput out = new SnapshotOutput(CommandJson.MAPPER);
        out.writeInt(1);
        out.writeInt(count);
        for (SnapshotSection section : all.subList(0, count)) {
            out.writeString(section.name());
            section.write(state, out);
        }
        return out.toByteArray();
    }

    @Test
    void shouldReadASnapshotWrittenBeforeLaterSectionsWereAdded() throws IOException {
        // given a snapshot with the four original sections and a key counter of 42
        EngineState written = new EngineState(new EngineClock(() -> 0L), 10);
        written.keys().restore(org.pdsa.local.engine.state.KeyGenerator.PARTITION_ONE + 42);
        byte[] old = snapshotWith(4, written);

        // when
        EngineState read = new EngineState(new EngineClock(() -> 0L), 10);
        new StateCodec(CommandJson.MAPPER).decode(old, read, transformer);

        // then the old sections are read and the new ones start empty
        assertThat(read.keys().last()).isEqualTo(org.pdsa.local.engine.state.KeyGenerator.PARTITION_ONE + 42);
        assertThat(read.finishedUserTasks().size()).isZero();
    }

    @Test
    void shouldRefuseASnapshotWithMoreSectionsThanItKnows() throws IOException {
        byte[] current = new StateCodec(CommandJson.MAPPER).encode(new EngineState(new EngineClock(() -> 0L), 10));
        byte[] newer = current.clone();
        newer[7] = (byte) (newer[7] + 1); // the section count (second int) of a snapshot from a newer engine
        assertThatThrownBy(() -> new StateCodec(CommandJson.MAPPER).decode(newer, new EngineState(new EngineClock(() -> 0L), 10), transformer))
                .isInstanceOf(IOException.class).hasMessageContaining("newer");
    }
}
