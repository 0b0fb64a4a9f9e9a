package org.pdsa.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.local.demo.DemoResult.CycleOutcome;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.StackConfig;
import org.pdsa.local.stack.testing.LocalStackExtension;

/**
 * {@code ./pdsa demo} end to end: a cold start of the whole stack (on free ports, the table in memory) and the
 * story played to its end through the HTTP API on the engine's clock, with the charts and the learning written.
 */
class DemoE2ETest {

    @Test
    void shouldPlayTheWholeStoryFromAColdStartAndWriteTheChartsAndTheLearning(@TempDir Path scratch) throws IOException {
        // given
        StackConfig stack = StackConfig.ephemeral(scratch, LocalStackExtension.REPOSITORY, EngineLaunchers.local());
        Path out = scratch.resolve("results");
        DemoSession.Settings settings = new DemoSession.Settings(stack, out, "ed-flow-e2e", Duration.ofSeconds(60),
                DemoCalendar.STANDARD);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        // when
        DemoSession.Outcome outcome = DemoSession.run(settings, new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then every cycle went as the story has it, decided by the leads from the verdicts they read
        String terminal = printed.toString(StandardCharsets.UTF_8);
        assertThat(outcome.failure()).as(terminal).isNull();
        assertThat(outcome.result().problems()).as(terminal).isEmpty();
        assertThat(outcome.asExpected()).isTrue();
        assertThat(outcome.result().cycles()).extracting(c -> c.providerId() + "-" + c.number() + ":" + c.judgement().decision())
                .containsExactly("RF4-1:adopt", "NVH-1:adapt", "EBT-1:abandon", "NVH-2:adopt");
        CycleOutcome ebt = outcome.result().cycles().get(2);
        assertThat(ebt.study().balancingConcern()).isTrue();
        assertThat(ebt.study().of(DemoProgramme.BALANCING).orElseThrow().result()).isEqualTo("concern");

        // and the timeline shows the weeks, the verdicts and the learning shared
        assertThat(terminal).contains("week 16/16", "cycle 2 (", "ADOPT", "ADAPT", "ABANDON",
                "learning compiled across providers");
        assertThat(outcome.result().learningSummary()).contains("4 decisions from 3 providers");

        // and the charts (one per provider, measure and cycle) and the learning summary are in the folder
        List<Path> charts;
        try (Stream<Path> files = Files.list(out.resolve("charts"))) {
            charts = files.sorted().toList();
        }
        assertThat(charts).hasSize(8);
        assertThat(charts).extracting(p -> p.getFileName().toString()).contains(
                "RF4-" + DemoProgramme.OUTCOME + "-cycle1.svg", "EBT-" + DemoProgramme.BALANCING + "-cycle1.svg",
                "NVH-" + DemoProgramme.OUTCOME + "-cycle2.svg");
        for (Path chart : charts) {
            assertThat(Files.readString(chart)).startsWith("<svg").contains("</svg>");
        }
        assertThat(Files.readString(out.resolve("learning.md"))).contains("| EBT | 1 |", "**abandon**", "4 decisions");
        assertThat(Files.readString(out.resolve("learning.json"))).contains("\"asExpected\" : true");
        assertThat(Files.readString(out.resolve("timeline.txt"))).contains("week 16/16");
    }

    @Test
    void shouldNotStartAndSayWhichPortIsTakenWhenAnotherProgramListensOnIt(@TempDir Path scratch) throws IOException {
        // given
        try (ServerSocket taken = new ServerSocket(0)) {
            StackConfig ephemeral = StackConfig.ephemeral(scratch, LocalStackExtension.REPOSITORY, EngineLaunchers.local());
            StackConfig stack = new StackConfig(0, taken.getLocalPort(), 0, null, ephemeral.tableName(),
                    ephemeral.workflowsDir(), ephemeral.webDir(), ephemeral.keysDir(), ephemeral.engine(), null, List.of());
            DemoSession.Settings settings = new DemoSession.Settings(stack, scratch.resolve("results"), "ed-flow-port",
                    Duration.ofSeconds(5), DemoCalendar.STANDARD);

            // when
            DemoSession.Outcome outcome = DemoSession.run(settings, new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8));

            // then
            assertThat(outcome.asExpected()).isFalse();
            assertThat(outcome.failure()).contains("port " + taken.getLocalPort(), "engine", "PDSA_ENGINE_PORT");
            assertThat(scratch.resolve("results")).doesNotExist();
        }
    }
}
