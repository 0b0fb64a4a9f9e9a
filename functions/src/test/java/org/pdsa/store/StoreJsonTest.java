package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Decision;
import org.pdsa.spc.ExpectedChange;
import org.pdsa.domain.MeasureStudy;
import org.pdsa.domain.Plan;
import org.pdsa.domain.Prediction;
import org.pdsa.domain.TimelineEntry;
import org.pdsa.spc.Verdict;

class StoreJsonTest {

    private static final Instant AT = Instant.parse("2024-05-06T10:15:30Z");

    @Test
    void shouldRoundTripACycleWithEveryPartFilledIn() {
        // given
        Plan plan = new Plan("idea", "question",
                List.of(new Prediction("four-hour", ExpectedChange.NO_CHANGE, new BigDecimal("90.50"), "flat")),
                "who", "what", "where", "when", "data",
                new DateRange(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-05-05")),
                new DateRange(LocalDate.parse("2023-12-18"), LocalDate.parse("2024-03-10")));
        Decision decision = new Decision("c-1", "flow", "trust-a", 1, Act.ADAPT, "why", List.of(), "lead", AT);
        Cycle cycle = new Cycle("c-1", "flow", "trust-a", 1, CycleStatus.STUDYING, plan,
                List.of(new TimelineEntry(AT, "planned", null, "lead")),
                List.of(new MeasureStudy("four-hour", Verdict.NO_SIGNAL, null, "common-cause", null, false, "{\"points\":[]}")),
                null, "2251799813685249").decided(decision);
        // when
        Cycle read = StoreJson.read(StoreJson.write(cycle), Cycle.class);
        // then
        assertThat(read).isEqualTo(cycle);
        assertThat(read.plan().predictions().get(0).expectedValue()).isEqualByComparingTo("90.50");
    }

    @Test
    void shouldWriteDatesAsIsoTextAndLeaveHelpersOut() {
        // when
        String json = StoreJson.write(new DateRange(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-05-05")));
        // then
        assertThat(json).isEqualTo("{\"start\":\"2024-03-11\",\"end\":\"2024-05-05\"}");
    }

    @Test
    void shouldPrimeWithoutFailing() {
        // when / then: the sample record survives the round trip (prime throws if it does not)
        StoreJson.prime();
    }
}
