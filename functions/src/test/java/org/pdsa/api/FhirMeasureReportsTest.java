package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.FieldError;
import org.pdsa.spc.Direction;

class FhirMeasureReportsTest {

    @Test
    void shouldReadASummaryReport() {
        // given
        String report = Fixtures.text("fhir/measurereport-summary.json");

        // when
        List<Submission> submissions = MeasurementInput.read(report, "rf4");

        // then
        assertThat(submissions).hasSize(1);
        Submission s = submissions.get(0);
        assertThat(s.fhir()).isTrue();
        assertThat(s.programmeId()).isNull();
        assertThat(s.measureId()).isEqualTo("type1-breaches");
        assertThat(s.notation()).isEqualTo(Direction.DECREASE);
        assertThat(s.points()).containsExactly(new Submission.Point(LocalDate.parse("2024-01-01"),
                LocalDate.parse("2024-01-31"), new BigDecimal("4082"), ""));
    }

    @Test
    void shouldReadEveryReportOfABundle() {
        // when
        List<Submission> submissions = MeasurementInput.read(Fixtures.text("fhir/bundle-weekly-reports.json"), "rf4");

        // then
        assertThat(submissions).extracting(Submission::measureId).containsExactly("four-hour-waits", "four-hour-waits");
        assertThat(submissions.get(0).points().get(0).period()).isEqualTo(LocalDate.parse("2024-01-08"));
        assertThat(submissions.get(0).points().get(0).value()).isEqualByComparingTo("71.4");
        assertThat(submissions.get(1).points().get(0).field()).isEqualTo("entry[1].resource");
    }

    @Test
    void shouldRefuseAPatientLevelReport() {
        assertThatThrownBy(() -> MeasurementInput.read(Fixtures.text("fhir/measurereport-individual.json"), "rf4"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(422);
                    assertThat(p.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("type", "subject");
                    assertThat(p.errors().get(0).reason()).contains("never patient-level data");
                });
    }

    @Test
    void shouldRefuseAReportWithSeveralScoredGroups() {
        assertThatThrownBy(() -> MeasurementInput.read(Fixtures.text("fhir/measurereport-stratified.json"), "rf4"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors())
                        .containsExactly(new FieldError("group", "holds 2 scored groups; send one MeasureReport per"
                                + " measure and period")));
    }

    @Test
    void shouldRefuseAReportOfAnotherReporter() {
        // given: rf4's report submitted on the path of provider rfr
        String report = Fixtures.text("fhir/measurereport-summary.json");

        // when / then
        assertThatThrownBy(() -> MeasurementInput.read(report, "rfr"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).containsExactly(
                        new FieldError("reporter", "names 'rf4', but the report is submitted for provider rfr")));
    }

    @Test
    void shouldTakeTheMeasureIdFromACanonicalUrl() {
        assertThat(FhirMeasureReports.measureId("https://x.org/fhir/Measure/ed-4h|2.0")).isEqualTo("ed-4h");
        assertThat(FhirMeasureReports.measureId("https://x.org/fhir/Measure/ed-4h/")).isEqualTo("ed-4h");
        assertThat(FhirMeasureReports.measureId("ed-4h")).isEqualTo("ed-4h");
        assertThat(FhirMeasureReports.measureId(" ")).isNull();
    }

    @Test
    void shouldNameTheFieldsOfAnInvalidReportInsideABundle() {
        // given
        String bundle = """
                {"resourceType": "Bundle", "type": "collection", "entry": [
                  {"resource": {"resourceType": "MeasureReport", "status": "pending", "type": "summary",
                    "measure": "m1", "period": {"start": "2024-13-01"}, "group": [{"measureScore": {"value": "9"}}]}},
                  {"resource": {"resourceType": "Observation"}}]}""";

        // when / then
        assertThatThrownBy(() -> MeasurementInput.read(bundle, "rf4"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("entry[0].resource.status", "entry[0].resource.period.start",
                                "entry[0].resource.group[0].measureScore.value", "entry[1].resource.resourceType"));
    }
}
