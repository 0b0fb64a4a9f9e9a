package org.pdsa.spc;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds missing periods in a sorted series. The period is monthly when every date is the 1st of a month
 * (counted in months), otherwise counted in days; the step is the most common gap between points (7 days
 * for weekly data; with fewer than 3 dates nothing can be missing). A gap that is a whole multiple of the step misses (multiple − 1) periods; a gap that
 * is not a multiple makes the spacing irregular, and then no period can be called missing.
 */
public record PeriodGaps(String cadence, List<LocalDate> missing, boolean irregular) {

    public static PeriodGaps of(List<LocalDate> sortedDates) {
        boolean monthly = monthly(sortedDates);
        ChronoUnit unit = monthly ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
        long step = step(sortedDates, monthly);
        List<LocalDate> missing = new ArrayList<>();
        for (int i = 1; i < sortedDates.size(); i++) {
            LocalDate previous = sortedDates.get(i - 1);
            long gap = unit.between(previous, sortedDates.get(i));
            if (gap % step != 0) {
                return new PeriodGaps(describe(monthly, step), List.of(), true);
            }
            for (long k = 1; k < gap / step; k++) {
                missing.add(previous.plus(k * step, unit));
            }
        }
        return new PeriodGaps(describe(monthly, step), List.copyOf(missing), false);
    }

    private static boolean monthly(List<LocalDate> dates) {
        return dates.stream().allMatch(d -> d.getDayOfMonth() == 1);
    }

    private static long step(List<LocalDate> dates, boolean monthly) {
        ChronoUnit unit = monthly ? ChronoUnit.MONTHS : ChronoUnit.DAYS;
        Map<Long, Integer> counts = new TreeMap<>();
        for (int i = 1; i < dates.size(); i++) {
            counts.merge(unit.between(dates.get(i - 1), dates.get(i)), 1, Integer::sum);
        }
        long best = 1;
        int bestCount = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) { // ascending: ties go to the smaller step
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return Math.max(best, 1);
    }

    private static String describe(boolean monthly, long step) {
        if (monthly) {
            return step == 1 ? "monthly" : "every " + step + " months";
        }
        return step == 7 ? "weekly" : step == 1 ? "daily" : "every " + step + " days";
    }
}
