package org.pdsa.domain;

import org.pdsa.spc.Direction;
import org.pdsa.spc.ExpectedChange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A small valid programme and plan that tests change one thing at a time. */
final class SamplePrograms {

    private SamplePrograms() {
    }

    static Measure weeklyMeasure(String id, MeasureType type) {
        return new Measure(id, "Measure " + id, "%", type, Direction.INCREASE, new BigDecimal("95"),
                MeasurePeriod.WEEK);
    }

    static Programme programme() {
        return new Programme("flow-2024", "Emergency flow", "Raise four-hour performance to 95% by March",
                List.of(weeklyMeasure("four-hour", MeasureType.OUTCOME), weeklyMeasure("readmissions", MeasureType.BALANCING)),
                List.of(new Provider("trust-a", "Trust A", List.of("trust-a-leads"), null),
                        new Provider("trust-b", "Trust B", List.of("trust-b-leads"), "https://fhir.trust-b.example/r4")),
                List.of(new Participant("Ann Lead", "ann@trust-a.example", "trust-a"),
                        new Participant("Pat Wide", "pat@icb.example", null)),
                List.of("manager-1"), null, null);
    }

    static Plan plan() {
        return new Plan("Senior review at the front door", "Does it raise four-hour performance?",
                List.of(new Prediction("four-hour", ExpectedChange.INCREASE, new BigDecimal("90"), "Up by five points")),
                "ED consultants", "Front-door review", "Majors", "Weekdays 8-20", "Weekly extract",
                new DateRange(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-05-05")),
                new DateRange(LocalDate.parse("2023-12-18"), LocalDate.parse("2024-03-10")));
    }
}
