package org.pdsa.workers.analyse;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasureStudy;
import org.pdsa.domain.MeasureType;
import org.pdsa.spc.SpcJson;
import org.pdsa.spc.StudyResult;
import org.pdsa.workers.WorkerJson;

/**
 * One measure's study in the contract's words (workflows/README.md, {@code verdicts}): the result judged
 * on the test window with limits fixed on the baseline, the prediction and whether it was met, the icons;
 * with the full study behind it.
 */
public record MeasureVerdict(Measure measure, StudyResult study, Result result, boolean predictedImprovement,
                             boolean predictionMet) {

    /** The contract's {@code result}, with the words the study form shows. */
    public enum Result {
        IMPROVEMENT("improvement", "Special cause improvement"),
        CONCERN("concern", "Special cause concern"),
        NEUTRAL_CHANGE("neutral-change", "Special cause variation (neutral)"),
        NO_SIGNAL("no-signal", "No signal: common cause variation");

        private final String code;
        private final String label;

        Result(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    public String predicted() {
        return predictedImprovement ? "improvement" : "no-concern";
    }

    public boolean balancingConcern() {
        return measure.type() == MeasureType.BALANCING && result == Result.CONCERN;
    }

    /** The contract's entry of {@code verdicts}. */
    public Map<String, Object> variable() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("measureId", measure.id());
        entry.put("measureName", measure.name());
        entry.put("measureType", measure.type().code());
        entry.put("result", result.code());
        entry.put("resultLabel", result.label());
        entry.put("predicted", predicted());
        entry.put("predictionMet", predictionMet);
        entry.put("predictionMetLabel", predictionMet ? "Yes" : "No");
        entry.put("variationIcon", study.variationIcon() == null ? null : study.variationIcon().code());
        entry.put("assuranceIcon", study.assuranceIcon() == null ? null : study.assuranceIcon().code());
        entry.put("trialLimits", study.trialLimits());
        return entry;
    }

    /** One line of {@code verdictSummary}. */
    public String summary() {
        return measure.name() + " (" + measure.type().code() + "): " + result.label().toLowerCase(Locale.ROOT)
                + "; predicted " + (predictedImprovement ? "improvement" : "no concern") + ": "
                + (predictionMet ? "met" : "not met") + (study.trialLimits() ? " (trial limits: fewer than 12 baseline points)" : "");
    }

    /** The study as stored on the cycle: the verdict, the icons, and the analysis in the contract's JSON shape. */
    public MeasureStudy measureStudy() {
        return new MeasureStudy(measure.id(), study.verdict(), predictionMet,
                study.variationIcon() == null ? null : study.variationIcon().code(),
                study.assuranceIcon() == null ? null : study.assuranceIcon().code(),
                study.humanReviewNeeded(),
                study.analysis() == null ? null : WorkerJson.write(SpcJson.toJson(study.analysis())));
    }

    /** The whole study (verdict, prediction, windows, warnings and analysis) as JSON: a decision's evidence. */
    public String studyJson() {
        return WorkerJson.write(SpcJson.toJson(study));
    }
}
