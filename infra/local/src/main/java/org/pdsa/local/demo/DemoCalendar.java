package org.pdsa.local.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

/**
 * The demo's accelerated calendar, on the engine's clock: 12 baseline weeks, then up to two test windows of 8
 * weeks back to back (cycle 2 follows an "adapt" at once). Week {@code i} (0-based) of the series is the
 * period starting {@code firstPeriod + i weeks}; the baseline is weeks 0..11, cycle 1's window 12..19, cycle
 * 2's 20..27. Providers submit a week's values on its Sunday evening; leads study on the Monday morning after a
 * window (the BPMN's test-window-end timer fires at 00:00 that day).
 */
public record DemoCalendar(LocalDate firstWindowStart, int baselineWeeks, int windowWeeks, int cycles) {

    /** Monday 4 March 2024; 12 weeks of baseline, two windows of 8 weeks. */
    public static final DemoCalendar STANDARD = new DemoCalendar(LocalDate.parse("2024-03-04"), 12, 8, 2);

    static final LocalTime WORK_STARTS = LocalTime.of(9, 0);
    static final LocalTime DATA_SENT = LocalTime.of(18, 0);

    public DemoCalendar {
        if (firstWindowStart.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("a test window starts on a Monday, not " + firstWindowStart);
        }
    }

    /** The first period of the series (the first baseline week). */
    public LocalDate firstPeriod() {
        return firstWindowStart.minusWeeks(baselineWeeks);
    }

    /** How many weekly periods the series holds: the baseline and every window. */
    public int periods() {
        return baselineWeeks + cycles * windowWeeks;
    }

    /** The test weeks the demo plays through, the weeks of every window. */
    public int testWeeks() {
        return cycles * windowWeeks;
    }

    public LocalDate period(int index) {
        return firstPeriod().plusWeeks(index);
    }

    /** Index of the period starting on {@code date}. */
    public int indexOf(LocalDate date) {
        return (int) java.time.temporal.ChronoUnit.WEEKS.between(firstPeriod(), date);
    }

    public LocalDate windowStart(int cycle) {
        return firstWindowStart.plusWeeks((long) (cycle - 1) * windowWeeks);
    }

    /** The last day of cycle {@code cycle}'s window (a Sunday). */
    public LocalDate windowEnd(int cycle) {
        return windowStart(cycle).plusWeeks(windowWeeks).minusDays(1);
    }

    /** When the demo begins: 09:00 UTC on the first day of the first window. */
    public Instant start() {
        return at(firstWindowStart, WORK_STARTS);
    }

    /** Test week {@code week} (1-based across the windows) starts on this Monday. */
    public LocalDate testWeekStart(int week) {
        return firstWindowStart.plusWeeks(week - 1L);
    }

    /** Sunday 18:00 of test week {@code week}: its values are sent then. */
    public Instant dataDue(int week) {
        return at(testWeekStart(week).plusDays(6), DATA_SENT);
    }

    /** Monday 09:00 after cycle {@code cycle}'s window: the leads study it. */
    public Instant studyDue(int cycle) {
        return at(windowEnd(cycle).plusDays(1), WORK_STARTS);
    }

    /** Which cycle's window test week {@code week} lies in. */
    public int cycleOfWeek(int week) {
        return (week - 1) / windowWeeks + 1;
    }

    static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(ZoneOffset.UTC);
    }
}
