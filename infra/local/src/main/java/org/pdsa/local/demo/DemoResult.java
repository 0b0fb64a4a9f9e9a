package org.pdsa.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.Notification;

/**
 * What one play of the demo produced: the cycles as they happened beside what the story expected, the
 * learning the product compiled and shared, the charts, and every way it went other than expected.
 */
public record DemoResult(
        String programmeId,
        String runId,
        List<CycleOutcome> cycles,
        String learningSummary,
        JsonNode learning,
        Map<String, String> charts,
        List<Notification> notifications,
        int valuesSubmitted,
        List<String> problems) {

    /** One cycle as it happened: what the leads saw, what they decided, what the story expected. */
    public record CycleOutcome(String providerId, int number, String cycleId, String changeIdea, StudyVerdicts study,
                               StaffJudgement.Judgement judgement, DemoStory.ExpectedCycle expected) {

        /** The differences from the story, empty when the cycle went as expected. */
        public List<String> differences() {
            if (expected == null) {
                return List.of(providerId + " cycle " + number + " was not in the story (decided "
                        + judgement.decision() + ")");
            }
            List<String> found = new java.util.ArrayList<>();
            expected.results().forEach((measure, result) -> {
                String seen = study.of(measure).map(StudyVerdicts.Verdict::result).orElse("(no verdict)");
                if (!seen.equals(result)) {
                    found.add(providerId + " cycle " + number + ": " + DemoProgramme.measureLabel(measure) + " showed "
                            + seen + ", the story expects " + result);
                }
            });
            if (!expected.decision().equals(judgement.decision())) {
                found.add(providerId + " cycle " + number + ": the leads decided " + judgement.decision()
                        + ", the story expects " + expected.decision());
            }
            return found;
        }
    }

    public DemoResult {
        cycles = List.copyOf(cycles);
        charts = Map.copyOf(charts);
        notifications = List.copyOf(notifications);
        problems = List.copyOf(problems);
    }

    public boolean asExpected() {
        return problems.isEmpty();
    }
}
