package org.pdsa.local.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.api.ProgrammeInput;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Programme;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.local.demo.DemoProgramme.DemoProvider;
import org.pdsa.workers.analyse.MeasureStudies;
import org.pdsa.workers.analyse.MeasureVerdict;

/**
 * The seeded data tells the demo's story as the product's own analysis (the analyse-measures worker's
 * {@link MeasureStudies}) judges it, and the demo's leads then decide as the story says.
 */
class DemoSeriesTest {

    private static final DemoCalendar CALENDAR = DemoCalendar.STANDARD;
    private static final DemoSeries SERIES = DemoSeries.generate(CALENDAR);

    @Test
    void shouldGiveEveryCycleOfTheStoryItsExpectedVerdictsAndDecision() throws Exception {
        // given the programme as the demo registers it
        Programme programme = ProgrammeInput.read(new ObjectMapper().writeValueAsString(
                DemoProgramme.registration("ed-flow-test", CALENDAR)));
        for (DemoProvider provider : DemoProgramme.PROVIDERS) {
            for (DemoStory.ExpectedCycle expected : DemoStory.of(provider)) {
                // when the cycle's window is studied as the worker studies it
                List<MeasureVerdict> verdicts = MeasureStudies.of(programme,
                        List.of(DemoProgramme.OUTCOME, DemoProgramme.BALANCING), List.of(DemoProgramme.OUTCOME),
                        snapshots(provider, expected.number()));
                Map<String, String> results = new LinkedHashMap<>();
                verdicts.forEach(v -> results.put(v.measure().id(), v.result().code()));

                // then the verdicts and the leads' decision are the story's
                assertThat(results).as(provider.id() + " cycle " + expected.number()).isEqualTo(expected.results());
                StudyVerdicts study = new StudyVerdicts(expected.number(), verdicts.stream().map(v ->
                        new StudyVerdicts.Verdict(v.measure().id(), v.measure().name(), v.measure().type().code(),
                                v.result().code(), v.predicted(), v.predictionMet(), null, null)).toList(),
                        verdicts.stream().anyMatch(MeasureVerdict::balancingConcern), "");
                assertThat(StaffJudgement.decide(study, provider.adaptation()).decision())
                        .as(provider.id() + " cycle " + expected.number()).isEqualTo(expected.decision());
            }
        }
    }

    @Test
    void shouldReplayRf4sRealMonthsAsItsOutcomeBaseline() {
        // given RF4's real months: April 2016 had 4082 breaches in 18788 attendances
        List<BigDecimal> baseline = SERIES.values("RF4", DemoProgramme.OUTCOME).subList(0, CALENDAR.baselineWeeks());

        // then
        assertThat(baseline).hasSize(12);
        assertThat(baseline.get(0)).isEqualByComparingTo("78.3");
        assertThat(baseline.get(9)).isEqualByComparingTo("74.3");
    }

    @Test
    void shouldMakeTheSameValuesEveryTime() {
        // when
        DemoSeries again = DemoSeries.generate(CALENDAR);

        // then
        for (DemoProvider p : DemoProgramme.PROVIDERS) {
            assertThat(again.values(p.id(), DemoProgramme.BALANCING)).isEqualTo(SERIES.values(p.id(), DemoProgramme.BALANCING));
            assertThat(again.values(p.id(), DemoProgramme.OUTCOME)).hasSize(CALENDAR.periods());
        }
    }

    private static List<org.pdsa.domain.SeriesSnapshot> snapshots(DemoProvider provider, int cycle) {
        DateRange window = new DateRange(CALENDAR.windowStart(cycle), CALENDAR.windowEnd(cycle));
        DateRange baseline = new DateRange(CALENDAR.windowStart(cycle).minusWeeks(CALENDAR.baselineWeeks()),
                CALENDAR.windowStart(cycle).minusDays(1));
        List<SeriesSnapshot> snapshots = new ArrayList<>();
        for (String measure : List.of(DemoProgramme.OUTCOME, DemoProgramme.BALANCING)) {
            List<SeriesPoint> points = new ArrayList<>();
            for (int i = CALENDAR.indexOf(baseline.start()); i <= CALENDAR.indexOf(window.start()) + CALENDAR.windowWeeks() - 1; i++) {
                points.add(new SeriesPoint(CALENDAR.period(i), SERIES.value(provider.id(), measure, i)));
            }
            snapshots.add(new SeriesSnapshot(provider.id() + "-" + cycle, "ed-flow-test", provider.id(), measure, baseline,
                    window, points, List.of(), "table"));
        }
        return snapshots;
    }
}
