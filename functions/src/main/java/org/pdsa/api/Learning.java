package org.pdsa.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.Decision;
import org.pdsa.domain.MeasureEvidence;
import org.pdsa.domain.Programme;
import org.pdsa.store.Store;

/**
 * {@code GET /programmes/{id}/learning}: every decision across the programme's providers, oldest first, with
 * the change tried, the rationale and the evidence per measure (series, SPC result, prediction), and counts
 * per act. With {@code include=charts} each piece of evidence carries its SPC chart as SVG.
 */
final class Learning {

    private final Store store;

    Learning(Store store) {
        this.store = store;
    }

    ObjectNode of(Caller caller, Programme programme, boolean charts) {
        Access.require(Access.member(caller, programme));
        Map<String, Cycle> cycles = store.cycles().findByProgramme(programme.id()).stream()
                .collect(Collectors.toMap(Cycle::id, Function.identity()));
        ObjectNode body = ApiJson.object().put("programmeId", programme.id()).put("name", programme.name())
                .put("aim", programme.aim());
        Map<String, Integer> counts = new TreeMap<>();
        ArrayNode decisions = body.putArray("decisions");
        for (Decision d : store.decisions().findByProgramme(programme.id())) {
            counts.merge(d.act().code(), 1, Integer::sum);
            decisions.add(decision(programme, d, cycles.get(d.cycleId()), charts));
        }
        body.set("counts", ApiJson.tree(counts));
        return body;
    }

    private static ObjectNode decision(Programme programme, Decision d, Cycle cycle, boolean charts) {
        ObjectNode node = ApiJson.object()
                .put("cycleId", d.cycleId())
                .put("providerId", d.providerId())
                .put("providerName", programme.provider(d.providerId()).map(p -> p.name()).orElse(null))
                .put("cycleNumber", d.cycleNumber())
                .put("act", d.act().code())
                .put("rationale", d.rationale())
                .put("decidedBy", d.decidedBy())
                .put("decidedAt", d.decidedAt() == null ? null : d.decidedAt().toString());
        if (cycle != null && cycle.plan() != null) {
            node.put("changeIdea", cycle.plan().changeIdea());
            node.put("question", cycle.plan().question());
        }
        ArrayNode evidence = node.putArray("evidence");
        for (MeasureEvidence e : d.evidence()) {
            ObjectNode item = evidence.addObject().put("measureId", e.measureId());
            programme.measure(e.measureId()).ifPresent(m -> item.put("measureName", m.name()).put("unit", m.unit())
                    .put("type", m.type().code()).put("direction", m.direction().code()));
            item.set("series", ApiJson.tree(e.series()));
            item.set("spc", ApiJson.parseStored(e.spcResultJson()));
            item.set("prediction", ApiJson.tree(e.prediction()));
            if (charts) {
                item.put("chartSvg", EvidenceCharts.svg(programme, cycle, e));
            }
        }
        return node;
    }
}
