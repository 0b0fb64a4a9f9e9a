package org.pdsa.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.Decision;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasureEvidence;
import org.pdsa.domain.MeasureStudy;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Prediction;
import org.pdsa.domain.Programme;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.store.Store;

/**
 * {@code GET /cycles/{id}}: the cycle with its plan, timeline and decision, and per measure of the plan (every
 * measure of the programme before there is a plan) its values from the baseline to the end of the test window
 * and the study's SPC verdict and analysis once the study is done. Members of the programme may read it. With
 * {@code include=charts} each measure with values carries its SPC chart as SVG ({@link EvidenceCharts}).
 */
final class CycleView {

    private final Store store;

    CycleView(Store store) {
        this.store = store;
    }

    ObjectNode of(Caller caller, String cycleId, boolean charts) {
        Cycle cycle = store.cycles().find(cycleId).map(v -> v.value())
                .orElseThrow(() -> ApiProblem.notFound("no cycle " + cycleId));
        Programme programme = store.programmes().find(cycle.programmeId())
                .orElseThrow(() -> ApiProblem.notFound("cycle " + cycleId + " names programme " + cycle.programmeId()
                        + ", which is not registered"));
        Access.require(Access.member(caller, programme));
        Decision decision = cycle.decision() != null ? cycle.decision()
                : store.decisions().findByCycle(cycleId).orElse(null);

        ObjectNode body = ApiJson.object()
                .put("id", cycle.id())
                .put("programmeId", cycle.programmeId())
                .put("providerId", cycle.providerId())
                .put("providerName", programme.provider(cycle.providerId()).map(p -> p.name()).orElse(null))
                .put("number", cycle.number())
                .put("status", cycle.status().code())
                .put("processInstanceKey", cycle.processInstanceKey());
        body.set("plan", ApiJson.tree(cycle.plan()));
        body.set("timeline", ApiJson.tree(cycle.timeline()));
        body.set("measures", measures(programme, cycle, charts));
        body.set("decision", ApiJson.tree(decision));
        return body;
    }

    private ArrayNode measures(Programme programme, Cycle cycle, boolean charts) {
        Plan plan = cycle.plan();
        List<String> planned = plan == null || plan.predictions().isEmpty()
                ? programme.measures().stream().map(Measure::id).toList()
                : plan.predictions().stream().map(Prediction::measureId).toList();
        Map<String, MeasureStudy> studies = cycle.study().stream()
                .collect(Collectors.toMap(MeasureStudy::measureId, Function.identity(), (a, b) -> b));
        ArrayNode measures = ApiJson.MAPPER.createArrayNode();
        for (String measureId : planned) {
            Measure measure = programme.measure(measureId).orElse(null);
            if (measure == null) {
                continue;
            }
            ObjectNode node = (ObjectNode) ApiJson.tree(measure);
            if (plan != null && plan.baseline() != null && plan.testWindow() != null) {
                List<SeriesPoint> series = store.measurements().findSeries(programme.id(), cycle.providerId(), measureId,
                        plan.baseline().start(), plan.testWindow().end()).stream()
                        .map(m -> new SeriesPoint(m.period(), m.value())).toList();
                node.set("series", ApiJson.tree(series));
                if (charts) {
                    Prediction prediction = plan.predictions().stream().filter(p -> p.measureId().equals(measureId))
                            .findFirst().orElse(null);
                    node.put("chartSvg", EvidenceCharts.svg(programme, cycle,
                            new MeasureEvidence(measureId, series, null, prediction)));
                }
            }
            plan(plan, measureId, node);
            MeasureStudy study = studies.get(measureId);
            if (study != null) {
                ObjectNode s = node.putObject("study")
                        .put("verdict", study.verdict() == null ? null : study.verdict().code())
                        .put("variationIcon", study.variationIcon())
                        .put("assuranceIcon", study.assuranceIcon())
                        .put("humanReviewNeeded", study.humanReviewNeeded());
                if (study.predictionMet() != null) {
                    s.put("predictionMet", study.predictionMet());
                }
                s.set("analysis", ApiJson.parseStored(study.analysisJson()));
            }
            measures.add(node);
        }
        return measures;
    }

    private static void plan(Plan plan, String measureId, ObjectNode node) {
        if (plan == null) {
            return;
        }
        plan.predictions().stream().filter(p -> p.measureId().equals(measureId)).findFirst()
                .ifPresent(p -> node.set("prediction", ApiJson.tree(p)));
    }
}
