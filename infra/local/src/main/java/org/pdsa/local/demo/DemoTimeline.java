package org.pdsa.local.demo;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.pdsa.domain.Notification;

/**
 * The demo's readable timeline: one block per moment on the engine's clock, one line per provider, verdicts
 * and decisions with icons, the outbox as it fills. Every line goes to the terminal and is kept for the
 * timeline file.
 */
final class DemoTimeline {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE dd MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.UK).withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final List<String> lines = new ArrayList<>();

    DemoTimeline(PrintStream out) {
        this.out = out;
    }

    void line(String text) {
        lines.add(text);
        out.println(text);
        out.flush();
    }

    /** A moment on the engine's clock with what happened then. */
    void at(Instant when, String headline) {
        line("");
        line(WHEN.format(when) + "  " + headline);
    }

    /** A week of the test: its progress, the values sent, the reminders. */
    void week(int week, int weeks, Instant sent, Map<String, List<BigDecimal>> values) {
        String shown = values.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue().stream().map(BigDecimal::toPlainString)
                        .collect(Collectors.joining("% / ")) + "%")
                .collect(Collectors.joining("   "));
        line(String.format("week %2d/%d  %s  values sent (seen in 4 h / reattended): %s", week, weeks,
                DAY.format(sent), shown.isEmpty() ? "none" : shown));
    }

    void provider(String providerId, String text) {
        line(String.format("  %-4s %s", providerId, text));
    }

    void more(String text) {
        line("       " + text);
    }

    /** New outbox messages, grouped by event. */
    void notifications(List<Notification> fresh) {
        Map<String, List<Notification>> byEvent = new TreeMap<>();
        fresh.forEach(n -> byEvent.computeIfAbsent(n.event(), e -> new ArrayList<>()).add(n));
        byEvent.forEach((event, list) -> line("           ✉ " + event + " → " + list.stream()
                .map(Notification::recipientName).distinct().collect(Collectors.joining(", "))
                + (list.stream().allMatch(Notification::delivered) ? "" : " (not all delivered)")));
    }

    /** A study as the leads saw it and what they decided. */
    void study(String providerId, StudyVerdicts study, StaffJudgement.Judgement judgement, List<String> differences) {
        String verdicts = study.verdicts().stream().map(v -> v.measureName() + " " + icon(v.result()) + " "
                + v.result().replace('-', ' ') + (v.predicted().equals("improvement") ? " (predicted improvement: "
                + (v.predictionMet() ? "met" : "not met") + ")" : "")).collect(Collectors.joining(" · "));
        provider(providerId, "◆ cycle " + study.cycleNumber() + " study: " + verdicts);
        if (study.balancingConcern()) {
            more("⚠ balancing concern flagged: do not adopt without a human look");
        }
        more(decisionIcon(judgement.decision()) + " " + judgement.decision().toUpperCase(Locale.ROOT) + ": "
                + judgement.rationale());
        differences.forEach(d -> more("✗ NOT AS EXPECTED: " + d));
    }

    static String icon(String result) {
        return switch (result) {
            case "improvement" -> "▲";
            case "concern" -> "⚠";
            case "neutral-change" -> "~";
            default -> "○";
        };
    }

    static String decisionIcon(String decision) {
        return switch (decision) {
            case "adopt" -> "★";
            case "adapt" -> "↻";
            case "abandon" -> "✖";
            default -> "?";
        };
    }

    List<String> lines() {
        return List.copyOf(lines);
    }
}
