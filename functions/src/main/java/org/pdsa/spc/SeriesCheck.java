package org.pdsa.spc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Validates and orders a series before analysis. Refuses fewer than 2 points and duplicate dates (naming
 * {@code points[i]}, the position in the input); sorts unsorted input and warns; warns about missing
 * periods, which the analysis treats as absent (the moving range spans the gap).
 */
public final class SeriesCheck {

    private static final int LISTED = 6;

    private SeriesCheck() {}

    /** The points in date order plus warnings. */
    public record Checked(List<SpcPoint> points, List<String> warnings) {}

    public static Checked of(List<SpcPoint> points) {
        if (points == null || points.size() < 2) {
            int n = points == null ? 0 : points.size();
            throw new SpcInputException("points", "at least 2 points are needed (got " + n
                    + "): limits come from moving ranges between consecutive points");
        }
        List<InputProblem> problems = new ArrayList<>();
        Map<LocalDate, Integer> seen = new HashMap<>();
        for (int i = 0; i < points.size(); i++) {
            Integer first = seen.putIfAbsent(points.get(i).date(), i);
            if (first != null) {
                problems.add(new InputProblem("points[" + i + "].date",
                        "duplicate date " + points.get(i).date() + " (also at points[" + first + "])"));
            }
        }
        if (!problems.isEmpty()) {
            throw new SpcInputException(problems);
        }
        List<String> warnings = new ArrayList<>();
        List<SpcPoint> sorted = points.stream().sorted(Comparator.comparing(SpcPoint::date)).toList();
        if (!sorted.equals(points)) {
            warnings.add("points were not in date order: they were sorted by date");
        }
        PeriodGaps gaps = PeriodGaps.of(sorted.stream().map(SpcPoint::date).toList());
        if (gaps.irregular()) {
            warnings.add("irregular spacing between dates (mostly " + gaps.cadence()
                    + "): missing periods cannot be identified; points are treated as consecutive");
        } else if (!gaps.missing().isEmpty()) {
            warnings.add(gaps.missing().size() + " missing period(s) in a " + gaps.cadence() + " series: "
                    + list(gaps.missing()) + "; they are left out and the moving range spans each gap");
        }
        return new Checked(sorted, warnings);
    }

    private static String list(List<LocalDate> dates) {
        String shown = dates.stream().limit(LISTED).map(LocalDate::toString).collect(Collectors.joining(", "));
        return dates.size() > LISTED ? shown + " and " + (dates.size() - LISTED) + " more" : shown;
    }
}
