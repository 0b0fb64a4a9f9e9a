package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.Programme;

/**
 * The test window and baseline a cycle starts with (workflows/README.md: {@code testWindowStart},
 * {@code testWindowEnd}, {@code baselinePeriods}): given in the request, or the programme's defaults counted
 * from the engine's today (DESIGN §3.6). The plan form may change them later.
 */
public record StartWindow(LocalDate testWindowStart, LocalDate testWindowEnd, int baselinePeriods) {

    static final int MIN_BASELINE = 2;
    static final int MAX_BASELINE = 104;

    /** Reads the optional fields of {@code body}; errors go to {@code in}. */
    public static StartWindow read(JsonInput in, JsonNode body, Programme programme, LocalDate today) {
        MeasurePeriod period = programme.cyclePeriod();
        LocalDate start = date(in, body, "testWindowStart");
        if (start != null && !period.isPeriodStart(start)) {
            in.errors().add("testWindowStart", "must be " + period.startDescription() + "; got " + start
                    + " (that period starts " + period.startOf(start) + ")");
        }
        DateRange standard = programme.defaults().testWindowFrom(start != null ? start : today, period);
        LocalDate end = date(in, body, "testWindowEnd");
        if (start == null) {
            start = standard.start();
        }
        if (end == null) {
            end = standard.end();
        } else if (end.isBefore(start)) {
            in.errors().add("testWindowEnd", "must not be before testWindowStart (" + start + ")");
        }
        int baseline = in.integer(body, "", "baselinePeriods", programme.defaults().baselinePeriods());
        if (baseline < MIN_BASELINE || baseline > MAX_BASELINE) {
            in.errors().add("baselinePeriods", "must be between " + MIN_BASELINE + " and " + MAX_BASELINE);
        }
        return new StartWindow(start, end, baseline);
    }

    /** The start variables of the BPMN contract, dates as ISO strings. */
    public Map<String, Object> variables() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("testWindowStart", testWindowStart.toString());
        v.put("testWindowEnd", testWindowEnd.toString());
        v.put("baselinePeriods", baselinePeriods);
        return v;
    }

    private static LocalDate date(JsonInput in, JsonNode body, String field) {
        String raw = in.text(body, "", field);
        if (raw == null) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            in.errors().add(field, "must be an ISO date (YYYY-MM-DD), got '" + raw + "'");
            return null;
        }
    }
}
