package org.pdsa.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.demo.DemoResult.CycleOutcome;

/**
 * Reads the results back through the API once the run is over and checks them against what happened: every
 * cycle's stored decision with its evidence ({@code GET /cycles/{id}}), and the programme's learning with an
 * SPC chart per measure of every decision ({@code GET /programmes/{id}/learning?include=charts}).
 */
final class DemoReadBack {

    private final GatewayClient api;
    private final String programmeId;
    private final List<CycleOutcome> outcomes;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> charts = new LinkedHashMap<>();
    private JsonNode learning;

    DemoReadBack(GatewayClient api, String programmeId, List<CycleOutcome> outcomes) {
        this.api = api;
        this.programmeId = programmeId;
        this.outcomes = outcomes;
    }

    void run() {
        for (CycleOutcome o : outcomes) {
            check(o, api.as(DemoProgramme.provider(o.providerId()).lead()).get("/cycles/" + o.cycleId()));
        }
        JsonNode body = api.as(DemoProgramme.MANAGER).get("/programmes/" + programmeId + "/learning?include=charts");
        JsonNode decisions = body.path("decisions");
        if (decisions.size() != outcomes.size()) {
            problems.add("the programme's learning lists " + decisions.size() + " decisions; " + outcomes.size()
                    + " were taken");
        }
        for (JsonNode d : decisions) {
            for (JsonNode e : d.path("evidence")) {
                String name = d.path("providerId").asText() + "-" + e.path("measureId").asText() + "-cycle"
                        + d.path("cycleNumber").asInt() + ".svg";
                String svg = e.path("chartSvg").asText(null);
                if (svg == null || !svg.startsWith("<svg")) {
                    problems.add("no SPC chart for " + name.replace(".svg", "") + " in the programme's learning");
                } else {
                    charts.put(name, svg);
                }
                ((ObjectNode) e).remove("chartSvg");
            }
        }
        learning = body;
    }

    private void check(CycleOutcome o, JsonNode cycle) {
        String where = o.providerId() + " cycle " + o.number() + " (" + o.cycleId() + ")";
        String act = cycle.path("decision").path("act").asText("");
        if (!act.equals(o.judgement().decision())) {
            problems.add(where + ": the stored decision is '" + act + "', the leads decided '" + o.judgement().decision() + "'");
        }
        JsonNode evidence = cycle.path("decision").path("evidence");
        if (evidence.size() != o.study().verdicts().size()) {
            problems.add(where + ": the stored decision has evidence for " + evidence.size() + " measures, not "
                    + o.study().verdicts().size());
        }
        for (JsonNode e : evidence) {
            if (e.path("series").isEmpty() || e.path("spcResultJson").asText("").isBlank()) {
                problems.add(where + ": the evidence of " + e.path("measureId").asText() + " has no series or SPC result");
            }
        }
        for (JsonNode m : cycle.path("measures")) {
            String verdict = m.path("study").path("verdict").asText("");
            String shown = o.study().of(m.path("id").asText()).map(StudyVerdicts.Verdict::result).orElse("");
            if (!verdict.equals(shown)) {
                problems.add(where + ": the stored study of " + m.path("id").asText() + " says '" + verdict
                        + "', the study form showed '" + shown + "'");
            }
        }
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    Map<String, String> charts() {
        return charts;
    }

    JsonNode learning() {
        return learning;
    }
}
