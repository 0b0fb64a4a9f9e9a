package org.pdsa.workers.fetch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What one measure lacks for a fair study: the test-window periods without a value and, when the baseline
 * has fewer than the 2 values limits need, the baseline periods without one; with a line a lead can act on.
 */
public record MissingData(String measureId, String measureName, List<LocalDate> testGaps, int testPeriods,
                          List<LocalDate> baselineGaps, int baselinePeriods) {

    static final int MIN_BASELINE_VALUES = 2;

    public MissingData {
        testGaps = List.copyOf(testGaps);
        baselineGaps = List.copyOf(baselineGaps);
    }

    int baselineValues() {
        return baselinePeriods - baselineGaps.size();
    }

    /** The periods to ask for: the test-window gaps, and the baseline gaps when the baseline is too thin. */
    public List<LocalDate> periods() {
        List<LocalDate> periods = new ArrayList<>();
        if (baselineValues() < MIN_BASELINE_VALUES) {
            periods.addAll(baselineGaps);
        }
        periods.addAll(testGaps);
        return periods;
    }

    /** The contract's entry of {@code missingData}: {@code {measureId, measureName, periods}}. */
    public Map<String, Object> variable() {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("measureId", measureId);
        entry.put("measureName", measureName);
        entry.put("periods", periods().stream().map(LocalDate::toString).toList());
        return entry;
    }

    /** One line of {@code missingDataSummary}. */
    public String summary() {
        StringBuilder line = new StringBuilder(measureName).append(": ");
        if (testPeriods == 0) {
            line.append("no period of this measure starts in the test window");
        } else {
            line.append(testPeriods - testGaps.size()).append(" of ").append(testPeriods).append(" test-window values");
            if (!testGaps.isEmpty()) {
                line.append(", missing ").append(dates(testGaps));
            }
        }
        if (baselineValues() < MIN_BASELINE_VALUES) {
            line.append("; ").append(baselineValues()).append(" of ").append(baselinePeriods)
                    .append(" baseline values (at least 2 are needed), missing ").append(dates(baselineGaps));
        }
        return line.toString();
    }

    private static String dates(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }
}
