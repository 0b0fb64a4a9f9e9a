package org.pdsa.workers.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pdsa.domain.FhirDate;
import org.pdsa.domain.Measure;

/**
 * Reads the few fields of FHIR R4 MeasureReports the product needs (DOMAIN.md §4) from a MeasureReport or
 * a searchset Bundle of them, with plain Jackson: {@code measure} (an id, or a canonical URL ending in it,
 * version after '|' ignored), {@code period.start}, the first {@code group[].measureScore.value}. Only
 * complete summary reports count: individual reports are about one patient (never stored here), pending
 * and errored ones are not final.
 */
public final class MeasureReportReader {

    private MeasureReportReader() {
    }

    /** The values of every usable MeasureReport in {@code resource} (a MeasureReport or a Bundle). */
    public static List<ReportedValue> values(JsonNode resource) {
        List<ReportedValue> values = new ArrayList<>();
        String type = resource.path("resourceType").asText();
        if ("Bundle".equals(type)) {
            for (JsonNode entry : resource.path("entry")) {
                read(entry.path("resource")).ifPresent(values::add);
            }
        } else {
            read(resource).ifPresent(values::add);
        }
        return values;
    }

    /** The URL of a Bundle's next page, if it has one. */
    public static Optional<String> nextPage(JsonNode bundle) {
        for (JsonNode link : bundle.path("link")) {
            if ("next".equals(link.path("relation").asText()) && link.path("url").isTextual()) {
                return Optional.of(link.path("url").asText());
            }
        }
        return Optional.empty();
    }

    /** The measure id a MeasureReport's {@code measure} names ({@link Measure#idOf}). */
    public static String measureId(String canonical) {
        return Measure.idOf(canonical);
    }

    private static Optional<ReportedValue> read(JsonNode report) {
        if (!"MeasureReport".equals(report.path("resourceType").asText())
                || !"complete".equals(report.path("status").asText())
                || !"summary".equals(report.path("type").asText())
                || !report.path("measure").isTextual()) {
            return Optional.empty();
        }
        Optional<LocalDate> start = FhirDate.firstDay(report.path("period").path("start").asText(null));
        Optional<BigDecimal> score = score(report);
        if (start.isEmpty() || score.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReportedValue(measureId(report.path("measure").asText()), start.get(), score.get()));
    }

    private static Optional<BigDecimal> score(JsonNode report) {
        for (JsonNode group : report.path("group")) {
            JsonNode value = group.path("measureScore").path("value");
            if (value.isNumber()) {
                return Optional.of(value.decimalValue());
            }
        }
        return Optional.empty();
    }

}
