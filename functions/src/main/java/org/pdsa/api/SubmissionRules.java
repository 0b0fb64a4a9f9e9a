package org.pdsa.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.domain.FieldError;
import org.pdsa.spc.Direction;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasurementValidation;

/**
 * The checks on submitted values beyond their JSON types: each point by the domain's rules (a period start
 * that fits the measure, not in the future, a sensible number), a FHIR period that covers exactly one of the
 * measure's periods, and a FHIR improvementNotation that agrees with the measure.
 */
final class SubmissionRules {

    private SubmissionRules() {
    }

    static List<FieldError> check(Submission s, Measure measure, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        for (Submission.Point p : s.points()) {
            for (FieldError e : MeasurementValidation.validatePoint(p.field(), p.period(), p.value(), measure, today)) {
                errors.add(s.fhir() ? fhirField(e, p) : e);
            }
            if (p.period() != null && p.periodEnd() != null) {
                LocalDate last = measure.period().plus(p.period(), 1).minusDays(1);
                if (!p.periodEnd().equals(last) && !p.periodEnd().equals(last.plusDays(1))) {
                    errors.add(new FieldError(JsonInput.join(p.field(), "period.end"), "must end the "
                            + measure.period().code() + " that starts " + p.period() + " (" + last + "); one report"
                            + " holds one period of measure " + measure.id()));
                }
            }
        }
        if (s.notation() != null && measure.direction() != Direction.NEUTRAL
                && s.notation() != measure.direction()) {
            errors.add(new FieldError(s.notationField(), "says " + s.notation().code() + ", but measure " + measure.id()
                    + " improves by " + measure.direction().code()));
        }
        return errors;
    }

    /** The domain names fields {@code points[i].period}; a FHIR report has them elsewhere. */
    private static FieldError fhirField(FieldError e, Submission.Point p) {
        if (e.field().equals(p.field() + ".period")) {
            return new FieldError(JsonInput.join(p.field(), "period.start"), e.reason());
        }
        if (e.field().equals(p.field() + ".value")) {
            return new FieldError(JsonInput.join(p.field(), "group.measureScore.value"), e.reason());
        }
        return e;
    }
}
