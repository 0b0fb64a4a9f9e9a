package org.pdsa.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpcJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldParseEveryFieldOfARequest() {
        // given
        String body = """
                {"direction": "decrease", "target": 12.5, "baseline": 12, "rebase": ["2021-01-01", "2021-06"],
                 "screenOutliers": true,
                 "points": [{"date": "2020-01-01", "value": 10}, {"period": "2020-02", "value": 11.25}]}
                """;
        // when
        SpcRequest request = SpcRequest.fromJson(body);
        // then
        assertThat(request.options()).isEqualTo(new SpcOptions(Direction.DECREASE, new BigDecimal("12.5"),
                12, List.of(LocalDate.parse("2021-01-01"), LocalDate.parse("2021-06-01")), true));
        assertThat(request.points()).containsExactly(
                new SpcPoint(LocalDate.parse("2020-01-01"), new BigDecimal("10")),
                new SpcPoint(LocalDate.parse("2020-02-01"), new BigDecimal("11.25")));
    }

    @Test
    void shouldDefaultToANeutralAnalysisWithoutScreening() {
        // when
        SpcRequest request = SpcRequest.fromJson("{\"points\": [{\"date\": \"2020-01-01\", \"value\": 1}]}");
        // then
        assertThat(request.options()).isEqualTo(SpcOptions.defaults());
    }

    @Test
    void shouldWriteTheContractShape() throws Exception {
        // given: a stable year then a jump above the upper limit; higher is better; target 11
        String body = """
                {"direction": "increase", "target": 11, "points": [
                  {"date": "2020-01-01", "value": 10}, {"date": "2020-02-01", "value": 11},
                  {"date": "2020-03-01", "value": 10}, {"date": "2020-04-01", "value": 11},
                  {"date": "2020-05-01", "value": 10}, {"date": "2020-06-01", "value": 32}]}
                """;
        // when
        JsonNode json = JSON.readTree(SpcJson.write(SpcJson.analyse(body)));
        // then: mean 84 / 6 = 14, moving ranges 1,1,1,1,22 (mR̄ 5.2), limits 14 ± 13.832, near 14 ± 9.22133…
        JsonNode segment = json.get("segments").get(0);
        assertThat(fieldNames(segment)).startsWith("start", "end", "mean", "lowerLimit", "upperLimit",
                "nearLowerLimit", "nearUpperLimit", "trialLimits");
        assertThat(segment.get("start").asInt()).isZero();
        assertThat(segment.get("end").asInt()).isEqualTo(5);
        assertThat(segment.get("mean").decimalValue()).isEqualByComparingTo("14");
        assertThat(segment.get("upperLimit").decimalValue()).isEqualByComparingTo("27.832");
        assertThat(segment.get("lowerLimit").decimalValue()).isEqualByComparingTo("0.168");
        assertThat(segment.get("nearUpperLimit").doubleValue()).isCloseTo(23.221333, within(1e-6));
        assertThat(segment.get("trialLimits").asBoolean()).isTrue();
        JsonNode last = json.get("points").get(5);
        assertThat(fieldNames(last)).startsWith("date", "value", "rule", "variation");
        assertThat(last.get("date").asText()).isEqualTo("2020-06-01");
        assertThat(last.get("value").asInt()).isEqualTo(32);
        assertThat(last.get("rule").asText()).isEqualTo("outside-limits");
        assertThat(last.get("variation").asText()).isEqualTo("improvement");
        assertThat(json.get("points").get(0).get("rule").isNull()).isTrue();
        assertThat(json.get("points").get(0).get("variation").asText()).isEqualTo("common-cause");
        assertThat(json.get("variationIcon").asText()).isEqualTo("improvement");
        assertThat(json.get("assuranceIcon").asText()).isEqualTo("hit-and-miss");
        assertThat(json.get("warnings").get(0).asText()).contains("trial limits");
    }

    @Test
    void shouldRoundTripAnAnalysisThroughItsJson() throws Exception {
        // given
        SpcAnalysis analysis = XmrAnalysis.of(Fixtures.csv("rf4-type1-breaches.csv"), SpcOptions.of(Direction.DECREASE)
                .withTarget(2000).withRebase(List.of(LocalDate.parse("2017-10-01"))));
        JsonNode json = JSON.readTree(SpcJson.write(analysis));
        // when: the points of the output posted back with the same options
        StringBuilder body = new StringBuilder("{\"direction\": \"decrease\", \"target\": 2000, \"rebase\": "
                + "[\"2017-10-01\"], \"points\": [");
        for (JsonNode p : json.get("points")) {
            body.append(body.charAt(body.length() - 1) == '[' ? "" : ",")
                    .append("{\"date\": \"").append(p.get("date").asText()).append("\", \"value\": ")
                    .append(p.get("value").asText()).append('}');
        }
        JsonNode again = JSON.readTree(SpcJson.write(SpcJson.analyse(body.append("]}").toString())));
        // then
        assertThat(again).isEqualTo(json);
        assertThat(json.get("segments")).hasSize(2);
        assertThat(json.get("segments").get(1).get("start").asInt()).isEqualTo(18);
    }

    @Test
    void shouldNameEveryInvalidFieldWithItsReason() {
        // given
        String body = """
                {"direction": "up", "target": "high", "baseline": 1, "rebase": ["2021-13-01"],
                 "screenOutliers": "yes", "colour": "red",
                 "points": [{"date": "2020-01-01", "value": 1}, {"date": "2020-02-01", "value": "abc"},
                            {"value": 3}, {"date": "2020-04-01", "period": "2020-04-01", "value": 4},
                            {"date": "2020-05-01", "value": null, "note": "x"}, 7]}
                """;
        // when / then
        assertThatThrownBy(() -> SpcRequest.fromJson(body))
                .isInstanceOfSatisfying(SpcInputException.class, e -> assertThat(e.problems()).containsExactly(
                        new InputProblem("colour", "unknown field; expected one of direction, target, baseline,"
                                + " rebase, screenOutliers, points"),
                        new InputProblem("direction", "must be one of increase|decrease|neutral, got 'up'"),
                        new InputProblem("target", "must be a number, got \"high\""),
                        new InputProblem("baseline", "must be at least 2 points, got 1"),
                        new InputProblem("rebase[0]", "must be an ISO date (YYYY-MM-DD or YYYY-MM), got '2021-13-01'"),
                        new InputProblem("screenOutliers", "must be true or false"),
                        new InputProblem("points[1].value", "must be a number, got \"abc\""),
                        new InputProblem("points[2].date", "is required (the period's first day, YYYY-MM-DD)"),
                        new InputProblem("points[3]", "give date or period, not both"),
                        new InputProblem("points[4].note", "unknown field; expected date (or period) and value"),
                        new InputProblem("points[4].value", "must be a number, got null"),
                        new InputProblem("points[5]", "must be an object with date and value")));
    }

    @Test
    void shouldRefuseABodyThatIsNotAJsonObject() {
        // when / then
        assertThatThrownBy(() -> SpcRequest.fromJson("{\"points\": ["))
                .isInstanceOf(SpcInputException.class).hasMessageStartingWith("body: is not valid JSON");
        assertThatThrownBy(() -> SpcRequest.fromJson("[1, 2]"))
                .isInstanceOf(SpcInputException.class).hasMessage("body: must be a JSON object with a points array");
        assertThatThrownBy(() -> SpcRequest.fromJson("{}"))
                .isInstanceOf(SpcInputException.class).hasMessageStartingWith("points: is required");
    }

    @Test
    void shouldNameTheRequestPositionOfADuplicateDate() {
        // given
        String body = "{\"points\": [{\"date\": \"2020-01-01\", \"value\": 1}, {\"date\": \"2020-02-01\", \"value\": 2},"
                + " {\"date\": \"2020-01-01\", \"value\": 3}]}";
        // when / then
        assertThatThrownBy(() -> SpcJson.analyse(body))
                .isInstanceOf(SpcInputException.class)
                .hasMessage("points[2].date: duplicate date 2020-01-01 (also at points[0])");
    }

    @Test
    void shouldListProblemsAsFieldAndReason() throws Exception {
        // when
        JsonNode json = SpcJson.toJson(List.of(new InputProblem("points[1].value", "must be a number")));
        // then
        assertThat(json).isEqualTo(JSON.readTree("[{\"field\": \"points[1].value\", \"reason\": \"must be a number\"}]"));
    }

    @Test
    void shouldWriteAStudyWithItsVerdictAndAnalysis() throws Exception {
        // given
        MeasureSeries m = new MeasureSeries("breaches", "Breaches", false, Direction.DECREASE, null,
                Fixtures.csv("rf4-type1-breaches.csv"));
        StudyResult study = Study.of(m, new StudyWindow(LocalDate.parse("2016-04-01"), LocalDate.parse("2017-03-31"),
                LocalDate.parse("2017-10-01"), LocalDate.parse("2018-03-31")), Prediction.of(ExpectedChange.DECREASE));
        // when
        JsonNode json = JSON.readTree(SpcJson.write(study));
        // then
        assertThat(json.get("measure").asText()).isEqualTo("breaches");
        assertThat(json.get("verdict").asText()).isEqualTo("concern");
        assertThat(json.get("observedChange").asText()).isEqualTo("increase");
        assertThat(json.get("predictionMet").asBoolean()).isFalse();
        assertThat(json.get("prediction").get("change").asText()).isEqualTo("decrease");
        assertThat(json.get("humanReviewNeeded").asBoolean()).isFalse();
        assertThat(json.get("baseline").get("mean").decimalValue()).isEqualByComparingTo("3342.25");
        assertThat(json.get("test").get("mean").decimalValue()).isEqualByComparingTo("5457");
        assertThat(json.get("analysis").get("segments").get(0).get("limitPoints").asInt()).isEqualTo(12);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
