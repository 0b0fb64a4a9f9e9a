package org.pdsa.local.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.pdsa.spc.ChartSpec;
import org.pdsa.spc.Direction;
import org.pdsa.spc.InputProblem;
import org.pdsa.spc.SpcAnalysis;
import org.pdsa.spc.SpcChart;
import org.pdsa.spc.SpcCsv;
import org.pdsa.spc.SpcInputException;
import org.pdsa.spc.SpcJson;
import org.pdsa.spc.SpcOptions;
import org.pdsa.spc.SpcPoint;
import org.pdsa.spc.SpcRequest;
import org.pdsa.spc.XmrAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./pdsa spc}: the SPC analysis of a {@code date,value} CSV as JSON (and optionally an SVG chart). */
@Command(
        name = "spc",
        mixinStandardHelpOptions = true,
        description = {
            "Analyse a series with the Making Data Count XmR rules and print the analysis as JSON.",
            "Reads CSV with a header line (columns date and value) from FILE or standard input.",
            "Bad input: a message naming the line on stderr, exit code 2."
        })
public final class SpcCommand implements Callable<Integer> {

    static final int BAD_INPUT = 2;

    @Option(names = "--direction", paramLabel = "increase|decrease|neutral", defaultValue = "neutral",
            description = "Which way is improvement (default: ${DEFAULT-VALUE}).")
    String direction;

    @Option(names = "--target", paramLabel = "X", description = "Target value: gives the assurance icon.")
    BigDecimal target;

    @Option(names = "--baseline", paramLabel = "N", description = "Fix the limits on the first N points.")
    Integer baseline;

    @Option(names = "--rebase", paramLabel = "DATE", split = ",",
            description = "Start a new segment (own limits) at each date, e.g. 2021-01-01,2022-04-01.")
    List<String> rebase = new ArrayList<>();

    @Option(names = "--screen-outliers", description = "Drop moving ranges >= 3.267 x mean moving range once.")
    boolean screenOutliers;

    @Option(names = "--svg", paramLabel = "OUT.svg", description = "Also write the chart as SVG.")
    Path svg;

    @Option(names = "--title", paramLabel = "TEXT", description = "Chart title (default: the file name).")
    String title;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "CSV file; none or - for stdin.")
    String file;

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    public SpcCommand() {
        this(System.in, System.out, System.err);
    }

    SpcCommand(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        String source = file == null || file.equals("-") ? "stdin" : file;
        SpcAnalysis analysis;
        try {
            SpcOptions options = options();
            List<SpcPoint> points;
            try (Reader reader = reader()) {
                points = SpcCsv.parse(reader);
            }
            analysis = XmrAnalysis.of(points, options);
        } catch (SpcInputException e) {
            e.problems().forEach(p -> err.println("pdsa spc: " + where(p, source) + p.reason()));
            return BAD_INPUT;
        } catch (IOException e) {
            err.println("pdsa spc: cannot read " + source + ": " + e.getMessage());
            return BAD_INPUT;
        }
        out.println(SpcJson.write(analysis));
        analysis.warnings().forEach(w -> err.println("pdsa spc: warning: " + w));
        if (svg != null) {
            String chartTitle = title != null ? title : source.equals("stdin") ? "SPC chart"
                    : Path.of(source).getFileName().toString();
            try {
                Files.writeString(svg, SpcChart.render(analysis, ChartSpec.titled(chartTitle)
                        .withSubtitle("Direction: " + analysis.options().direction().code())));
            } catch (IOException e) {
                err.println("pdsa spc: cannot write " + svg + ": " + e.getMessage());
                return 1;
            }
        }
        return 0;
    }

    private SpcOptions options() {
        List<InputProblem> problems = new ArrayList<>();
        Direction d = Direction.NEUTRAL;
        try {
            d = Direction.parse(direction);
        } catch (IllegalArgumentException e) {
            problems.add(new InputProblem("direction", e.getMessage()));
        }
        List<LocalDate> dates = new ArrayList<>();
        for (String text : rebase) {
            try {
                dates.add(SpcRequest.parseDate(text.trim()));
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem("rebase", e.getMessage()));
            }
        }
        if (baseline != null && baseline < 2) {
            problems.add(new InputProblem("baseline", "must be at least 2 points, got " + baseline));
        }
        if (!problems.isEmpty()) {
            throw new SpcInputException(problems);
        }
        return new SpcOptions(d, target, baseline, dates, screenOutliers);
    }

    private Reader reader() throws IOException {
        InputStream stream = file == null || file.equals("-") ? in : Files.newInputStream(Path.of(file));
        return new InputStreamReader(stream, StandardCharsets.UTF_8);
    }

    /** Option problems name the option; line problems name the file and line; the rest the input. */
    private static String where(InputProblem p, String source) {
        return switch (p.field()) {
            case "direction", "baseline", "rebase", "target" -> "--" + p.field() + ": ";
            case "points", "input" -> source + ": ";
            default -> source + ": " + p.field() + ": ";
        };
    }
}
