package org.pdsa.workers.learning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pdsa.domain.Act;
import org.pdsa.domain.Decision;
import org.pdsa.domain.Learning;
import org.pdsa.domain.LearningGroup;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;

/**
 * Compiles a programme run's learning from its stored decisions: grouped by change idea and decision
 * (adopt, adapt, abandon), with a summary of a few lines to share: the counts, then one line per group
 * naming where it was tried and what was learned.
 */
public final class LearningCompiler {

    private static final int LONGEST_LEARNING = 200;

    private LearningCompiler() {
    }

    public static Learning compile(Programme programme, String runId, List<Decision> decisions, boolean closedEarly,
                                   String closeReason, Instant now) {
        List<Decision> ofRun = decisions.stream().filter(d -> runId.equals(d.runId()))
                .sorted(Comparator.comparing(Decision::providerId).thenComparing(Decision::cycleNumber))
                .toList();
        Map<String, List<Decision>> grouped = new LinkedHashMap<>();
        ofRun.stream()
                .sorted(Comparator.comparing((Decision d) -> d.act().ordinal()).thenComparing(d -> idea(d)))
                .forEach(d -> grouped.computeIfAbsent(d.act() + "\n" + idea(d), k -> new ArrayList<>()).add(d));
        List<LearningGroup> groups = grouped.values().stream().map(LearningCompiler::group).toList();
        return new Learning(programme.id(), runId, now, closedEarly, closeReason, ofRun.size(), groups,
                summary(programme, runId, ofRun, groups, closedEarly, closeReason));
    }

    private static LearningGroup group(List<Decision> decisions) {
        Decision first = decisions.get(0);
        return new LearningGroup(idea(first), first.act(),
                decisions.stream().map(Decision::cycleId).toList(),
                decisions.stream().map(Decision::providerId).distinct().toList(),
                decisions.stream().map(d -> d.notes() == null ? null : d.notes().learning()).filter(Objects::nonNull)
                        .toList());
    }

    private static String summary(Programme programme, String runId, List<Decision> decisions, List<LearningGroup> groups,
                                  boolean closedEarly, String closeReason) {
        List<String> lines = new ArrayList<>();
        long providers = decisions.stream().map(Decision::providerId).distinct().count();
        String head = programme.name() + ", run " + runId + ": " + decisions.size() + " decision"
                + (decisions.size() == 1 ? "" : "s") + " from " + providers + " provider" + (providers == 1 ? "" : "s");
        if (!decisions.isEmpty()) {
            head += " (" + count(decisions, Act.ADOPT, "adopted") + ", " + count(decisions, Act.ADAPT, "adapted") + ", "
                    + count(decisions, Act.ABANDON, "abandoned") + ")";
        }
        lines.add(head + ".");
        if (closedEarly) {
            lines.add("The run was closed early" + (closeReason == null || closeReason.isBlank() ? "." : ": " + closeReason + "."));
        }
        for (LearningGroup g : groups) {
            String where = g.cycleIds().stream().map(id -> where(programme, decisions, id)).collect(Collectors.joining("; "));
            String line = verb(g.act()) + ": " + g.changeIdea() + " (" + where + ")";
            if (!g.learnings().isEmpty()) {
                line += ". Learned: " + g.learnings().stream().map(LearningCompiler::shorten).collect(Collectors.joining(" / "));
            }
            lines.add(line);
        }
        return String.join("\n", lines);
    }

    private static String where(Programme programme, List<Decision> decisions, String cycleId) {
        Decision d = decisions.stream().filter(x -> x.cycleId().equals(cycleId)).findFirst().orElseThrow();
        String provider = programme.provider(d.providerId()).map(Provider::name).orElse(d.providerId());
        return provider + " cycle " + d.cycleNumber();
    }

    private static String count(List<Decision> decisions, Act act, String word) {
        return decisions.stream().filter(d -> d.act() == act).count() + " " + word;
    }

    private static String verb(Act act) {
        return switch (act) {
            case ADOPT -> "Adopted";
            case ADAPT -> "Adapted";
            case ABANDON -> "Abandoned";
        };
    }

    private static String idea(Decision d) {
        return d.changeIdea() == null ? "(change idea not recorded)" : d.changeIdea();
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= LONGEST_LEARNING ? oneLine : oneLine.substring(0, LONGEST_LEARNING - 3) + "...";
    }
}
