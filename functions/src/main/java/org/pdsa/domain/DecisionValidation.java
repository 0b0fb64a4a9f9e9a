package org.pdsa.domain;

import java.util.List;

/** The rules a decision must meet before it is stored. */
public final class DecisionValidation {

    private DecisionValidation() {
    }

    public static List<FieldError> validate(Decision decision) {
        FieldErrors errors = new FieldErrors();
        errors.id("cycleId", decision.cycleId());
        errors.id("programmeId", decision.programmeId());
        errors.id("providerId", decision.providerId());
        errors.range("cycleNumber", decision.cycleNumber(), 1, 10_000);
        errors.require("act", decision.act());
        errors.requiredFreeText("rationale", decision.rationale());
        errors.requiredText("decidedBy", decision.decidedBy());
        errors.require("decidedAt", decision.decidedAt());
        errors.freeText("changeIdea", decision.changeIdea());
        StudyNotes notes = decision.notes();
        if (notes != null) {
            errors.freeText("notes.observations", notes.observations());
            errors.freeText("notes.learning", notes.learning());
            errors.freeText("notes.surprises", notes.surprises());
            errors.freeText("notes.nextChange", notes.nextChange());
            errors.freeText("notes.missingDataNote", notes.missingDataNote());
        }
        for (int i = 0; i < decision.evidence().size(); i++) {
            MeasureEvidence e = decision.evidence().get(i);
            errors.id("evidence[" + i + "].measureId", e.measureId());
            if (e.prediction() != null) {
                errors.freeText("evidence[" + i + "].prediction.statement", e.prediction().statement());
            }
        }
        return errors.list();
    }
}
