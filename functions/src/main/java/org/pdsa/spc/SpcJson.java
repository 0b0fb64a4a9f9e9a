package org.pdsa.spc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The JSON contract of DOMAIN.md §3: writes an analysis (and a study) as JSON. Extra fields beyond the
 * contract: per segment {@code movingRangeMean}, {@code limitPoints}, {@code screenedMovingRanges}; per
 * point {@code side}; at the top {@code direction}, {@code target}, {@code warnings}.
 */
public final class SpcJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** Computed figures are exact to 34 digits inside; 12 significant digits are plenty to show. */
    private static final MathContext SHOWN = new MathContext(12, RoundingMode.HALF_EVEN);

    private SpcJson() {}

    /** Parses a request body and analyses it: the whole of {@code POST /analyses/spc} but the HTTP. */
    public static SpcAnalysis analyse(String requestBody) {
        SpcRequest request = SpcRequest.fromJson(requestBody);
        return XmrAnalysis.of(request.points(), request.options());
    }

    public static String write(SpcAnalysis analysis) {
        return pretty(toJson(analysis));
    }

    public static String write(StudyResult study) {
        return pretty(toJson(study));
    }

    public static ObjectNode toJson(SpcAnalysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode segments = root.putArray("segments");
        for (Segment s : analysis.segments()) {
            Limits l = s.limits();
            segments.addObject()
                    .put("start", s.start())
                    .put("end", s.end())
                    .put("mean", round(l.mean()))
                    .put("lowerLimit", round(l.lower()))
                    .put("upperLimit", round(l.upper()))
                    .put("nearLowerLimit", round(l.nearLower()))
                    .put("nearUpperLimit", round(l.nearUpper()))
                    .put("trialLimits", s.trialLimits())
                    .put("movingRangeMean", round(l.movingRangeMean()))
                    .put("limitPoints", l.points())
                    .put("screenedMovingRanges", l.screenedRanges());
        }
        ArrayNode points = root.putArray("points");
        for (AnalysedPoint p : analysis.points()) {
            points.addObject()
                    .put("date", p.date().toString())
                    .put("value", p.value())
                    .put("rule", p.rule() == null ? null : p.rule().code())
                    .put("variation", p.variation().code())
                    .put("side", p.side() == null ? null : p.side().name().toLowerCase(Locale.ROOT));
        }
        root.put("variationIcon", analysis.variationIcon().code());
        root.put("assuranceIcon", analysis.assuranceIcon() == null ? null : analysis.assuranceIcon().code());
        root.put("direction", analysis.options().direction().code());
        root.put("target", analysis.options().target());
        strings(root.putArray("warnings"), analysis.warnings());
        return root;
    }

    public static ObjectNode toJson(StudyResult study) {
        ObjectNode root = MAPPER.createObjectNode();
        MeasureSeries m = study.measure();
        root.put("measure", m.id()).put("name", m.name()).put("balancing", m.balancing())
                .put("direction", m.direction().code()).put("target", m.target());
        root.put("verdict", study.verdict().code());
        root.put("observedChange", study.observedChange().code());
        if (study.prediction() == null) {
            root.putNull("prediction");
        } else {
            root.putObject("prediction").put("change", study.prediction().change().code())
                    .put("expectedValue", study.prediction().expectedValue());
        }
        root.put("predictionMet", study.predictionMet());
        root.put("predictionSummary", study.predictionSummary());
        root.put("variationIcon", study.variationIcon() == null ? null : study.variationIcon().code());
        root.put("assuranceIcon", study.assuranceIcon() == null ? null : study.assuranceIcon().code());
        root.put("humanReviewNeeded", study.humanReviewNeeded());
        root.put("reviewReason", study.reviewReason());
        StudyWindow w = study.window();
        root.putObject("baseline").put("start", w.baselineStart().toString()).put("end", w.baselineEnd().toString())
                .put("points", study.baselinePoints()).put("mean", round(study.baselineMean()));
        root.putObject("test").put("start", w.testStart().toString()).put("end", w.testEnd().toString())
                .put("points", study.testPoints()).put("mean", round(study.testMean()));
        root.put("trialLimits", study.trialLimits());
        strings(root.putArray("warnings"), study.warnings());
        root.set("analysis", study.analysis() == null ? null : toJson(study.analysis()));
        return root;
    }

    /** Problems as {@code [{"field": ..., "reason": ...}]}, e.g. for the {@code errors} of a 422 problem+json. */
    public static ArrayNode toJson(List<InputProblem> problems) {
        ArrayNode array = MAPPER.createArrayNode();
        problems.forEach(p -> array.addObject().put("field", p.field()).put("reason", p.reason()));
        return array;
    }

    static BigDecimal round(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal rounded = value.round(SHOWN).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static String pretty(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
