package org.pdsa.domain;

import java.util.List;

/** The plan of a cycle: the change, the question, predictions, who/what/where/when, data plan, windows. */
public record Plan(
        String changeIdea,
        String question,
        List<Prediction> predictions,
        String who,
        String what,
        String where,
        String when,
        String dataPlan,
        DateRange testWindow,
        DateRange baseline) {

    public Plan {
        predictions = predictions == null ? List.of() : List.copyOf(predictions);
    }

    public Plan withWindows(DateRange newTestWindow, DateRange newBaseline) {
        return new Plan(changeIdea, question, predictions, who, what, where, when, dataPlan, newTestWindow, newBaseline);
    }
}
