package org.pdsa.workers.decision;

import java.util.ArrayList;
import java.util.List;
import org.pdsa.domain.CycleDefaults;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Measure;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Prediction;
import org.pdsa.domain.Programme;
import org.pdsa.spc.Direction;
import org.pdsa.spc.ExpectedChange;
import org.pdsa.workers.JobVariables;

/**
 * The store-decision task's {@code plan} input (the plan form's fields) as the domain's plan: who, where and
 * when as written, the scale as "what", the data collection and its method as the data plan, the test
 * window as given and the baseline as the {@code baselinePeriods} periods before it. Each measure predicted
 * to improve becomes a prediction of a move in its improvement direction, worded by the plan's prediction.
 */
public record PlanVariables(
        String changeIdea,
        String question,
        String prediction,
        List<String> measureIds,
        List<String> predictedImprovements,
        String dataCollection,
        String dataCollectionMethod,
        String testScale,
        String testWho,
        String testWhere,
        String testWhen,
        DateRange testWindow,
        int baselinePeriods) {

    public static PlanVariables from(JobVariables plan) {
        return new PlanVariables(plan.string("changeIdea"), text(plan, "question"), text(plan, "prediction"),
                plan.strings("measureIds"), plan.optionalStrings("predictedImprovements"), text(plan, "dataCollection"),
                text(plan, "dataCollectionMethod"), text(plan, "testScale"), text(plan, "testWho"), text(plan, "testWhere"),
                text(plan, "testWhen"), new DateRange(plan.date("testWindowStart"), plan.date("testWindowEnd")),
                plan.integer("baselinePeriods"));
    }

    public Plan toPlan(Programme programme) {
        List<Prediction> predictions = new ArrayList<>();
        for (String id : predictedImprovements) {
            programme.measure(id).filter(m -> m.direction() != Direction.NEUTRAL)
                    .ifPresent(m -> predictions.add(predictionFor(m)));
        }
        DateRange baseline = new CycleDefaults(baselinePeriods, CycleDefaults.STANDARD.testWindowWeeks(),
                CycleDefaults.STANDARD.testWindowMonths()).baselineBefore(testWindow, programme.cyclePeriod());
        String dataPlan = dataCollection == null ? dataCollectionMethod
                : dataCollectionMethod == null ? dataCollection : dataCollection + " (" + dataCollectionMethod + ")";
        return new Plan(changeIdea, question, predictions, testWho, testScale == null ? null : "scale: " + testScale,
                testWhere, testWhen, dataPlan, testWindow, baseline);
    }

    /** The domain prediction for {@code measureId}, or null when no improvement was predicted for it. */
    public Prediction predictionFor(Programme programme, String measureId) {
        return predictedImprovements.contains(measureId)
                ? programme.measure(measureId).filter(m -> m.direction() != Direction.NEUTRAL).map(this::predictionFor)
                        .orElse(null)
                : null;
    }

    private Prediction predictionFor(Measure m) {
        ExpectedChange change = m.direction() == Direction.INCREASE ? ExpectedChange.INCREASE : ExpectedChange.DECREASE;
        return new Prediction(m.id(), change, null, prediction);
    }

    private static String text(JobVariables plan, String name) {
        return plan.optionalString(name).filter(s -> !s.isBlank()).orElse(null);
    }
}
