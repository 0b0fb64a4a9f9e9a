package org.pdsa.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Decision;
import org.pdsa.spc.ExpectedChange;
import org.pdsa.spc.Direction;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasureEvidence;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Measurement;
import org.pdsa.domain.Notification;
import org.pdsa.domain.NotificationChannel;
import org.pdsa.domain.Participant;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Prediction;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.TimelineEntry;

/** Domain values for store tests: one programme with two providers and two weekly measures. */
final class Fixtures {

    static final Instant T0 = Instant.parse("2024-03-11T09:00:00Z");

    private Fixtures() {
    }

    static Programme programme(String id) {
        return new Programme(id, "Emergency flow", "Raise four-hour performance to 95% by March",
                List.of(new Measure("four-hour", "Seen within 4 hours", "%", MeasureType.OUTCOME, Direction.INCREASE,
                                new BigDecimal("95"), MeasurePeriod.WEEK),
                        new Measure("readmissions", "Readmitted within 7 days", "count", MeasureType.BALANCING,
                                Direction.DECREASE, null, MeasurePeriod.WEEK)),
                List.of(new Provider("trust-a", "Trust A", List.of("trust-a-leads"), null),
                        new Provider("trust-b", "Trust B", List.of("trust-b-leads"), null)),
                List.of(new Participant("Ann", "ann@trust-a.example", "trust-a")),
                List.of("manager-1", "manager-2"), null, null);
    }

    static Cycle cycle(String id, String programmeId, String providerId, int number) {
        return Cycle.started(id, programmeId, providerId, number, new TimelineEntry(T0, "cycle-started", null, "lead-1"));
    }

    static Plan plan() {
        return new Plan("Senior review at the front door", "Does it help?",
                List.of(new Prediction("four-hour", ExpectedChange.INCREASE, new BigDecimal("90.5"), "Up")),
                "ED consultants", "Review", "Majors", "Weekdays", "Weekly extract",
                new DateRange(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-05-05")),
                new DateRange(LocalDate.parse("2023-12-18"), LocalDate.parse("2024-03-10")));
    }

    static Decision decision(String cycleId, String programmeId, String providerId, Act act, Instant at) {
        return new Decision(cycleId, programmeId, providerId, 1, act, "Because the chart says so",
                List.of(new MeasureEvidence("four-hour",
                        List.of(new SeriesPoint(LocalDate.parse("2024-03-11"), new BigDecimal("88.2"))),
                        "{\"variationIcon\":\"improvement\"}",
                        new Prediction("four-hour", ExpectedChange.INCREASE, null, "Up"))),
                "lead-1", at);
    }

    static Measurement point(String programmeId, String providerId, String measureId, String period, String value) {
        return new Measurement(programmeId, providerId, measureId, LocalDate.parse(period), new BigDecimal(value), T0,
                "system-a", List.of());
    }

    static Notification notification(String id, String programmeId, String cycleId, Instant at) {
        return new Notification(id, programmeId, cycleId, "Ann", "ann@trust-a.example", "cycle-started",
                "A cycle started", "Cycle " + cycleId + " started", NotificationChannel.OUTBOX, at, false, null);
    }
}
