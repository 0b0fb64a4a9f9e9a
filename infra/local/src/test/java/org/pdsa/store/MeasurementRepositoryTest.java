package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Measurement;
import org.pdsa.domain.ReplacedValue;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class MeasurementRepositoryTest {

    private static List<Measurement> weeks(String measureId, String... values) {
        LocalDate monday = LocalDate.parse("2024-01-01");
        List<Measurement> points = new java.util.ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            points.add(Fixtures.point("flow", "trust-a", measureId, monday.plusWeeks(i).toString(), values[i]));
        }
        return points;
    }

    @Test
    void shouldStoreManyNewPointsWithOneBatchReadAndOneBatchWrite(Store store) {
        // given 30 new weekly points (more than one batch write's 25)
        String[] values = new String[30];
        for (int i = 0; i < values.length; i++) {
            values[i] = Integer.toString(80 + i % 7);
        }
        // when
        SubmitResult result = store.measurements().submit(weeks("four-hour", values));
        // then
        assertThat(result.count(SubmitResult.Change.CREATED)).isEqualTo(30);
        assertThat(store.requestCounter().counts()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "BatchGetItem", 1L, "BatchWriteItem", 2L));
        assertThat(store.measurements().findAll("flow", "trust-a")).hasSize(30);
    }

    @Test
    void shouldReplaceAResubmittedValueAndKeepItsHistory(Store store) {
        // given
        store.measurements().submit(weeks("four-hour", "81", "82", "83"));
        Instant later = Fixtures.T0.plusSeconds(3600);
        Measurement corrected = new Measurement("flow", "trust-a", "four-hour", LocalDate.parse("2024-01-08"),
                new BigDecimal("84.5"), later, "system-b", List.of());
        // when the same three weeks come again, one of them corrected
        List<Measurement> again = weeks("four-hour", "81", "82", "83");
        again.set(1, corrected);
        SubmitResult result = store.measurements().submit(again);
        // then
        assertThat(result.points()).extracting(SubmitResult.Point::change).containsExactly(
                SubmitResult.Change.UNCHANGED, SubmitResult.Change.REPLACED, SubmitResult.Change.UNCHANGED);
        Measurement stored = store.measurements().find("flow", "trust-a", "four-hour", LocalDate.parse("2024-01-08")).orElseThrow();
        assertThat(stored.value()).isEqualByComparingTo("84.5");
        assertThat(stored.recordedBy()).isEqualTo("system-b");
        assertThat(stored.history()).containsExactly(new ReplacedValue(new BigDecimal("82"), Fixtures.T0, "system-a", later));
    }

    @Test
    void shouldKeepEveryReplacedValueOfOnePointInOrder(Store store) {
        // given one point submitted alone, three times with different values
        Measurement first = Fixtures.point("flow", "trust-a", "four-hour", "2024-01-01", "70");
        store.measurements().submit(List.of(first));
        store.measurements().submit(List.of(Fixtures.point("flow", "trust-a", "four-hour", "2024-01-01", "71")));
        // when
        store.requestCounter().reset();
        SubmitResult result = store.measurements().submit(List.of(Fixtures.point("flow", "trust-a", "four-hour", "2024-01-01", "72")));
        // then a replacement of a single point costs a failed conditional put and a versioned put (plus a read
        // where the server cannot return the old item with the failure, as dynalite cannot)
        assertThat(result.points()).singleElement().extracting(SubmitResult.Point::change).isEqualTo(SubmitResult.Change.REPLACED);
        assertThat(store.requestCounter().counts().get("PutItem")).isEqualTo(2L);
        assertThat(store.requestCounter().total()).isLessThanOrEqualTo(3L);
        Measurement stored = store.measurements().find("flow", "trust-a", "four-hour", LocalDate.parse("2024-01-01")).orElseThrow();
        assertThat(stored.value()).isEqualByComparingTo("72");
        assertThat(stored.history()).extracting(ReplacedValue::value).map(BigDecimal::toPlainString).containsExactly("70", "71");
    }

    @Test
    void shouldStoreASingleNewPointWithOneConditionalPut(Store store) {
        // when
        SubmitResult result = store.measurements().submit(List.of(Fixtures.point("flow", "trust-a", "four-hour", "2024-01-01", "70")));
        // then
        assertThat(result.count(SubmitResult.Change.CREATED)).isEqualTo(1);
        assertThat(store.requestCounter().counts()).containsExactlyEntriesOf(Map.of("PutItem", 1L));
    }

    @Test
    void shouldTreatTheSameValueAtAnotherScaleAsUnchanged(Store store) {
        // given
        store.measurements().submit(List.of(Fixtures.point("flow", "trust-a", "four-hour", "2024-01-01", "70")));
        // when
        SubmitResult result = store.measurements().submit(List.of(Fixtures.point("flow", "trust-a", "four-hour", "2024-01-01", "70.00")));
        // then
        assertThat(result.count(SubmitResult.Change.UNCHANGED)).isEqualTo(1);
        assertThat(store.measurements().find("flow", "trust-a", "four-hour", LocalDate.parse("2024-01-01")).orElseThrow().history())
                .isEmpty();
    }

    @Test
    void shouldReadOneMeasuresWindowWithoutTheOtherMeasureOrOtherProviders(Store store) {
        // given two measures for trust-a and one for trust-b
        store.measurements().submit(weeks("four-hour", "80", "81", "82", "83", "84", "85"));
        store.measurements().submit(weeks("readmissions", "5", "6", "7", "8", "9", "10"));
        store.measurements().submit(List.of(Fixtures.point("flow", "trust-b", "four-hour", "2024-01-15", "60"),
                Fixtures.point("flow", "trust-b", "four-hour", "2024-01-22", "61")));
        store.requestCounter().reset();
        // when weeks 2 to 4 of four-hour are asked for
        List<Measurement> window = store.measurements().findSeries("flow", "trust-a", "four-hour",
                LocalDate.parse("2024-01-08"), LocalDate.parse("2024-01-22"));
        // then one query answers, oldest first
        assertThat(window).extracting(m -> m.value().toPlainString()).containsExactly("81", "82", "83");
        assertThat(window).allSatisfy(m -> assertThat(m.measureId()).isEqualTo("four-hour"));
        assertThat(store.requestCounter().counts()).containsExactlyEntriesOf(Map.of("Query", 1L));
        assertThat(store.measurements().findAll("flow", "trust-a")).hasSize(12);
        assertThat(store.measurements().findAll("flow", "trust-b")).hasSize(2);
    }

    @Test
    void shouldReadSeveralMeasuresWindowsInOneQueryLeavingOutWhatLiesBetween(Store store) {
        // given three measures for trust-a; the middle one (in key order) is not asked for
        store.measurements().submit(weeks("four-hour", "80", "81", "82", "83", "84", "85"));
        store.measurements().submit(weeks("outpatients", "1", "2", "3", "4", "5", "6"));
        store.measurements().submit(weeks("readmissions", "5", "6", "7", "8", "9", "10"));
        store.requestCounter().reset();
        Map<String, DateRange> spans = new LinkedHashMap<>();
        spans.put("readmissions", new DateRange(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-08")));
        spans.put("four-hour", new DateRange(LocalDate.parse("2024-01-22"), LocalDate.parse("2024-02-05")));
        spans.put("sepsis", new DateRange(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-02-05")));

        // when
        Map<String, List<Measurement>> found = store.measurements().findSeries("flow", "trust-a", spans);

        // then each measure gets its own span, in the order asked, from one query
        assertThat(found).containsOnlyKeys("readmissions", "four-hour", "sepsis");
        assertThat(found.get("readmissions")).extracting(m -> m.value().toPlainString()).containsExactly("5", "6");
        assertThat(found.get("four-hour")).extracting(m -> m.value().toPlainString()).containsExactly("83", "84", "85");
        assertThat(found.get("sepsis")).isEmpty();
        assertThat(store.requestCounter().counts()).containsExactlyEntriesOf(Map.of("Query", 1L));
    }

    @Test
    void shouldLetTheLastOfTwoPointsForOnePeriodWin(Store store) {
        // when
        SubmitResult result = store.measurements().submit(List.of(
                Fixtures.point("flow", "trust-a", "four-hour", "2024-01-01", "70"),
                Fixtures.point("flow", "trust-a", "four-hour", "2024-01-01", "75")));
        // then
        assertThat(result.points()).hasSize(1);
        assertThat(store.measurements().find("flow", "trust-a", "four-hour", LocalDate.parse("2024-01-01")).orElseThrow().value())
                .isEqualByComparingTo("75");
    }
}
