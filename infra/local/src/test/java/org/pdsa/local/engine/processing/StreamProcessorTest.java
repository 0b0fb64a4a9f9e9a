package org.pdsa.local.engine.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.local.engine.journal.Journal;
import org.pdsa.local.engine.processing.commands.ClockCommands;
import org.pdsa.local.engine.state.EngineClock;
import org.pdsa.local.engine.state.EngineState;

/** The processor thread outlives a processor that fails, even with an Error, and answers the command with a 500. */
class StreamProcessorTest {
    @TempDir
    Path dir;
    private final ExecutorService releaser = Executors.newSingleThreadExecutor();
    private StreamProcessor processor;
    private Journal journal;

    @BeforeEach
    void startWithAPinProcessorThatRecursesForever() throws IOException {
        processor = new StreamProcessor(new EngineState(new EngineClock(System::currentTimeMillis), 100), 0);
        processor.replaceProcessor(CommandType.PIN_CLOCK, (command, context) -> recurse(1));
        journal = Journal.open(Files.createDirectories(dir.resolve("journal")), 0, 1 << 20, releaser, record -> {});
        processor.start(journal, (state, position) -> {});
    }

    @AfterEach
    void stop() throws InterruptedException {
        processor.stop();
        journal.close();
        releaser.shutdown();
        releaser.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void shouldAnswerAnInternalErrorAndKeepProcessingWhenAProcessorThrowsAnError() {
        // given a processor that overflows its stack (a StackOverflowError, not an exception)

        // when a command reaches it, then another one
        Throwable failed = catchThrowable(() -> pin(1_000L));
        Object reset = processor.submit(CommandType.RESET_CLOCK, 0, null, null).orTimeout(10, TimeUnit.SECONDS).join();
        Throwable failedAgain = catchThrowable(() -> pin(2_000L));

        // then the first is answered with a 500 naming the error, the thread carries on with the others
        assertThat(failed).isInstanceOf(CompletionException.class).cause().isInstanceOf(RejectionException.class);
        Rejection rejection = ((RejectionException) failed.getCause()).rejection();
        assertThat(rejection.type().status()).isEqualTo(500);
        assertThat(rejection.detail()).contains("StackOverflowError");
        assertThat(reset).isNull();
        assertThat(((RejectionException) failedAgain.getCause()).rejection().type()).isEqualTo(Rejection.Type.INTERNAL);
    }

    private void pin(long timestamp) {
        processor.submit(CommandType.PIN_CLOCK, 0, ("{\"timestamp\":" + timestamp + "}").getBytes(),
                new ClockCommands.Pin(timestamp)).orTimeout(10, TimeUnit.SECONDS).join(); // a dead thread would never answer
    }

    private static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
