package org.pdsa.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the study-and-decide form shows the leads (workflows/README.md: {@code verdicts},
 * {@code balancingConcern}, {@code cycleNumber}), read from the form's current values.
 */
record StudyVerdicts(int cycleNumber, List<Verdict> verdicts, boolean balancingConcern, String summary) {

    /** One measure's row of the form's table. */
    record Verdict(String measureId, String measureName, String measureType, String result, String predicted,
                   boolean predictionMet, String variationIcon, String assuranceIcon) {

        boolean isOutcome() {
            return "outcome".equals(measureType);
        }

        boolean isBalancing() {
            return "balancing".equals(measureType);
        }
    }

    StudyVerdicts {
        verdicts = List.copyOf(verdicts);
    }

    /** From the {@code variables} of {@code GET /tasks/{key}/form}. */
    static StudyVerdicts fromForm(JsonNode variables) {
        List<Verdict> rows = new ArrayList<>();
        for (JsonNode v : variables.path("verdicts")) {
            rows.add(new Verdict(v.path("measureId").asText(), v.path("measureName").asText(),
                    v.path("measureType").asText(), v.path("result").asText(), v.path("predicted").asText(),
                    v.path("predictionMet").asBoolean(), text(v.get("variationIcon")), text(v.get("assuranceIcon"))));
        }
        if (rows.isEmpty()) {
            throw new DemoFailure("the study form shows no verdicts: " + variables.path("verdicts"));
        }
        return new StudyVerdicts(variables.path("cycleNumber").asInt(), rows,
                variables.path("balancingConcern").asBoolean(false), variables.path("verdictSummary").asText(""));
    }

    Optional<Verdict> of(String measureId) {
        return verdicts.stream().filter(v -> v.measureId().equals(measureId)).findFirst();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
