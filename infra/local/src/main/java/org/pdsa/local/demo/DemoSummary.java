package org.pdsa.local.demo;

import java.io.PrintStream;
import java.time.Duration;
import org.pdsa.local.demo.DemoResult.CycleOutcome;

/** The demo's closing lines: the decisions beside the story, where the results are, how long it took, why it failed. */
final class DemoSummary {

    /** The target for the demo from a cold start of the stack. */
    static final Duration TARGET = Duration.ofSeconds(60);

    private DemoSummary() {
    }

    static void print(PrintStream out, DemoSession.Outcome o) {
        out.println();
        if (o.result() != null) {
            out.println("Decisions (what the leads decided from the verdicts, beside what the story expects):");
            for (CycleOutcome c : o.result().cycles()) {
                out.printf("  %-4s cycle %d  %s %-8s %s%n", c.providerId(), c.number(),
                        DemoTimeline.decisionIcon(c.judgement().decision()), c.judgement().decision(),
                        c.differences().isEmpty() ? "✓ as expected" : "✗ expected "
                                + (c.expected() == null ? "no such cycle" : c.expected().decision()));
            }
        }
        if (o.outputDir() != null) {
            out.println("SPC charts, learning summary (learning.md, learning.json) and timeline: " + o.outputDir().toAbsolutePath());
        }
        out.printf("Time: %s from a cold start (stack %s, demo %s); target <= %d s%n", DemoSession.millis(o.total()),
                DemoSession.millis(o.stackStart()), DemoSession.millis(o.played()), TARGET.toSeconds());
        if (o.asExpected()) {
            out.println("Every cycle ended as expected.");
            return;
        }
        out.println();
        out.println("THE DEMO DID NOT GO AS EXPECTED:");
        if (o.failure() != null) {
            o.failure().lines().forEach(l -> out.println("  " + l));
        }
        if (o.result() != null) {
            o.result().problems().forEach(p -> out.println("  " + p));
        }
    }
}
