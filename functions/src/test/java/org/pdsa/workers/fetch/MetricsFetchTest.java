package org.pdsa.workers.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.workers.JobInputException;
import org.pdsa.workers.Samples;

class MetricsFetchTest {

    /** Values held in memory, recording which providers were asked. */
    static final class FakeValues implements MeasureValues {
        final Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
        final List<String> askedFor = new ArrayList<>();
        final String name;

        FakeValues(String name) {
            this.name = name;
        }

        @Override
        public Map<String, Map<LocalDate, BigDecimal>> read(Programme programme, Provider provider, List<MeasureWindow> windows) {
            askedFor.add(provider.id());
            Map<String, Map<LocalDate, BigDecimal>> values = new LinkedHashMap<>();
            for (MeasureWindow w : windows) {
                Map<LocalDate, BigDecimal> found = new TreeMap<>();
                series.getOrDefault(w.measure().id(), List.of()).forEach(p -> found.put(p.period(), p.value()));
                values.put(w.measure().id(), found);
            }
            return values;
        }

        @Override
        public String source(Provider provider) {
            return name;
        }
    }

    private final FakeValues table = new FakeValues("table");
    private final FakeValues fhir = new FakeValues("fhir");
    private final MetricsFetch fetch = new MetricsFetch(table, fhir);

    private static FetchRequest request(String provider, boolean allowGaps, String... measures) {
        return new FetchRequest("flow", provider, provider + "-1", List.of(measures), Samples.TEST_START, Samples.TEST_END,
                12, allowGaps);
    }

    @Test
    void shouldSnapshotBaselineAndTestValuesWhenNothingIsMissing() {
        // given 12 baseline and 8 test weeks
        table.series.put("four-hour", Samples.weekly(Samples.BASELINE, 90, 91, 89, 92, 90, 91, 90, 92));
        // when
        MetricsFetch.Result result = fetch.fetch(request("trust-a", false, "four-hour"), Samples.programme());
        // then
        assertThat(result.missing()).isEmpty();
        SeriesSnapshot s = result.snapshots().get(0);
        assertThat(s.baselinePoints()).hasSize(12);
        assertThat(s.testPoints()).hasSize(8);
        assertThat(s.missingPeriods()).isEmpty();
        assertThat(s.source()).isEqualTo("table");
        assertThat(table.askedFor).containsExactly("trust-a");
    }

    @Test
    void shouldReportEveryMissingTestWeekUnlessGapsAreAllowed() {
        // given two test weeks without values; the second measure has a baseline of one value
        table.series.put("four-hour", Samples.weekly(Samples.BASELINE, 90, 91, 89, 92, 90, 91));
        table.series.put("readmissions", List.of(new SeriesPoint(LocalDate.parse("2024-03-04"), BigDecimal.TEN),
                new SeriesPoint(LocalDate.parse("2024-03-11"), BigDecimal.ONE)));
        // when
        MetricsFetch.Result strict = fetch.fetch(request("trust-a", false, "four-hour", "readmissions"), Samples.programme());
        MetricsFetch.Result lenient = fetch.fetch(request("trust-a", true, "four-hour", "readmissions"), Samples.programme());
        // then
        assertThat(strict.missing()).extracting(MissingData::measureId).containsExactly("four-hour", "readmissions");
        MissingData fourHour = strict.missing().get(0);
        assertThat(fourHour.periods()).containsExactly(LocalDate.parse("2024-04-22"), LocalDate.parse("2024-04-29"));
        assertThat(fourHour.summary()).isEqualTo("Seen within 4 hours: 6 of 8 test-window values, missing 2024-04-22, 2024-04-29");
        assertThat(strict.missing().get(1).summary()).startsWith("Readmitted within 7 days: 1 of 8 test-window values")
                .contains("; 1 of 12 baseline values (at least 2 are needed), missing 2023-12-18");
        assertThat(strict.missing().get(1).periods()).hasSize(11 + 7);
        // with gaps allowed only the thin baseline still stops the study
        assertThat(lenient.missing()).extracting(MissingData::measureId).containsExactly("readmissions");
    }

    @Test
    void shouldStopAStudyWithoutAnyTestValueEvenWhenGapsAreAllowed() {
        // given
        table.series.put("four-hour", Samples.weekly(Samples.BASELINE));
        // when
        MetricsFetch.Result result = fetch.fetch(request("trust-a", true, "four-hour"), Samples.programme());
        // then
        assertThat(result.missing()).singleElement().satisfies(m -> assertThat(m.periods()).hasSize(8));
    }

    @Test
    void shouldReadFromTheFhirEndpointOfAProviderThatHasOne() {
        // given trust-c names a FHIR endpoint
        fhir.series.put("four-hour", Samples.weekly(Samples.BASELINE, 90, 91, 89, 92, 90, 91, 90, 92));
        // when
        MetricsFetch.Result result = fetch.fetch(request("trust-c", false, "four-hour"), Samples.programme());
        // then
        assertThat(fhir.askedFor).containsExactly("trust-c");
        assertThat(table.askedFor).isEmpty();
        assertThat(result.snapshots().get(0).source()).isEqualTo("fhir");
    }

    @Test
    void shouldRefuseMeasuresAndProvidersOutsideTheProgramme() {
        assertThatThrownBy(() -> fetch.fetch(request("trust-a", false, "waiting-time"), Samples.programme()))
                .isInstanceOf(JobInputException.class).hasMessageContaining("measure 'waiting-time'");
        assertThatThrownBy(() -> fetch.fetch(request("trust-z", false, "four-hour"), Samples.programme()))
                .isInstanceOf(JobInputException.class).hasMessageContaining("provider 'trust-z'");
    }
}
