package org.pdsa.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SpcCommandTest {

    // Twelve months alternating 10 and 12 (mean 11, mR̄ 2, limits 5.68..16.32), then 20: above the upper limit.
    private static final String CSV = "date,value\n2020-01-01,10\n2020-02-01,12\n"
            + "2020-03-01,10\n2020-04-01,12\n2020-05-01,10\n2020-06-01,12\n2020-07-01,10\n2020-08-01,12\n"
            + "2020-09-01,10\n2020-10-01,12\n2020-11-01,10\n2020-12-01,12\n2021-01-01,20\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final StringWriter usage = new StringWriter();

    @Test
    void shouldAnalyseCsvFromStdinAsPrettyJson() throws Exception {
        // when
        int code = run(CSV, "--direction", "increase", "--baseline", "12", "--target", "15");
        // then
        assertThat(code).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\n  \"segments\" : [");
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("segments").get(0).get("mean").decimalValue()).isEqualByComparingTo("11");
        assertThat(json.get("segments").get(0).get("upperLimit").decimalValue()).isEqualByComparingTo("16.32");
        assertThat(json.get("points")).hasSize(13);
        assertThat(json.get("points").get(12).get("rule").asText()).isEqualTo("outside-limits");
        assertThat(json.get("variationIcon").asText()).isEqualTo("improvement");
        assertThat(json.get("assuranceIcon").asText()).isEqualTo("hit-and-miss");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldReadAFileAndWriteTheChart() throws Exception {
        // given
        Path csv = Files.writeString(dir.resolve("breaches.csv"), CSV);
        Path svg = dir.resolve("chart.svg");
        // when
        int code = run("", "--direction", "decrease", "--rebase", "2020-07-01", "--svg", svg.toString(), csv.toString());
        // then
        assertThat(code).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.get("segments")).hasSize(2);
        assertThat(json.get("direction").asText()).isEqualTo("decrease");
        String chart = Files.readString(svg);
        assertThat(chart).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("<title id=\"spc-breaches-csv-title\">breaches.csv</title>");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("pdsa spc: warning: segment 1: limits come from 6 points");
    }

    @Test
    void shouldNameTheBadLineAndExitWithTwo() {
        // given
        String csv = "date,value\n2020-01-01,10\n2020-02-01,ten\n2020-03-01,12\n";
        // when
        int code = run(csv);
        // then
        assertThat(code).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("pdsa spc: stdin: line 3: value 'ten' is not a number"
                + System.lineSeparator());
    }

    @Test
    void shouldRefuseBadOptionsWithExitCodeTwo() {
        // when
        int direction = run(CSV, "--direction", "up");
        int baseline = run(CSV, "--baseline", "1");
        int target = run(CSV, "--target", "lots");
        // then
        assertThat(direction).isEqualTo(2);
        assertThat(baseline).isEqualTo(2);
        assertThat(target).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("pdsa spc: --direction: must be one of increase|decrease|neutral, got 'up'")
                .contains("pdsa spc: --baseline: must be at least 2 points, got 1");
        assertThat(usage.toString()).contains("--target");
    }

    @Test
    void shouldSayWhenTheFileCannotBeRead() {
        // when
        int code = run("", dir.resolve("missing.csv").toString());
        // then
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("pdsa spc: cannot read ");
    }

    @Test
    void shouldBeASubcommandOfPdsa() {
        // when
        CommandLine pdsa = new CommandLine(new PdsaCommand());
        // then
        assertThat(pdsa.getSubcommands()).containsKey("spc");
    }

    private int run(String stdin, String... args) {
        SpcCommand command = new SpcCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(command).setErr(new PrintWriter(usage, true)).execute(args);
    }
}
