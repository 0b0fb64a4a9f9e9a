package org.pdsa.spc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made test series: consecutive months or weeks from a start date. */
final class Series {

    private Series() {}

    static List<SpcPoint> monthly(String firstDay, double... values) {
        List<SpcPoint> points = new ArrayList<>();
        LocalDate date = LocalDate.parse(firstDay);
        for (double v : values) {
            points.add(SpcPoint.of(date, v));
            date = date.plusMonths(1);
        }
        return points;
    }

    static List<SpcPoint> weekly(String firstDay, double... values) {
        List<SpcPoint> points = new ArrayList<>();
        LocalDate date = LocalDate.parse(firstDay);
        for (double v : values) {
            points.add(SpcPoint.of(date, v));
            date = date.plusWeeks(1);
        }
        return points;
    }

    static List<BigDecimal> values(double... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (double v : values) {
            list.add(BigDecimal.valueOf(v));
        }
        return list;
    }

    /** Limits chosen by hand: mean 50, process limits 20..80, near-limit lines 30 and 70. */
    static Limits fixedLimits() {
        return new Limits(bd(50), bd(11.278), bd(20), bd(80), bd(30), bd(70), 20, 0);
    }

    static BigDecimal bd(double v) {
        return BigDecimal.valueOf(v);
    }
}
