package org.pdsa.workers.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureReportReaderTest {

    static JsonNode fixture(String name) throws IOException {
        try (InputStream in = MeasureReportReaderTest.class.getResourceAsStream("/fhir/" + name)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void shouldReadCompleteSummaryReportsOfABundleAndIgnorePendingAndPatientLevelOnes() throws IOException {
        // when
        List<ReportedValue> values = MeasureReportReader.values(fixture("measure-reports-page-2.json"));
        // then 17 entries: 15 readmissions weeks; the pending and the individual four-hour reports are ignored
        assertThat(values).hasSize(15);
        assertThat(values).extracting(ReportedValue::measureId).containsOnly("readmissions");
        assertThat(values).first().isEqualTo(new ReportedValue("readmissions", LocalDate.parse("2024-01-22"), new BigDecimal("11")));
        assertThat(MeasureReportReader.nextPage(fixture("measure-reports-page-2.json"))).isEmpty();
        assertThat(MeasureReportReader.nextPage(fixture("measure-reports-page-1.json"))).contains("{{base}}/MeasureReport?page=2");
    }

    @Test
    void shouldReadASingleReportNamingItsMeasureByIdWithADateTimePeriod() throws IOException {
        // when
        List<ReportedValue> values = MeasureReportReader.values(fixture("measure-report-single.json"));
        // then
        assertThat(values).containsExactly(new ReportedValue("four-hour", LocalDate.parse("2024-03-11"), new BigDecimal("88.5")));
    }

    @Test
    void shouldReadAMonthlyReportWhosePeriodStartIsAYearMonth() throws IOException {
        // given a monthly report as the API accepts it: period.start "2024-03"
        JsonNode report = new ObjectMapper().readTree("""
                {"resourceType": "MeasureReport", "status": "complete", "type": "summary",
                 "measure": "Measure/bed-occupancy", "period": {"start": "2024-03", "end": "2024-03"},
                 "group": [{"measureScore": {"value": 93.2}}]}""");
        // when
        List<ReportedValue> values = MeasureReportReader.values(report);
        // then the month's first day, as the API stores it
        assertThat(values).containsExactly(new ReportedValue("bed-occupancy", LocalDate.parse("2024-03-01"), new BigDecimal("93.2")));
    }

    @Test
    void shouldTakeTheMeasureIdFromACanonicalUrl() {
        assertThat(MeasureReportReader.measureId("http://measures.icb.example/fhir/Measure/four-hour|1.0.0")).isEqualTo("four-hour");
        assertThat(MeasureReportReader.measureId("Measure/readmissions/")).isEqualTo("readmissions");
        assertThat(MeasureReportReader.measureId("four-hour")).isEqualTo("four-hour");
    }
}
