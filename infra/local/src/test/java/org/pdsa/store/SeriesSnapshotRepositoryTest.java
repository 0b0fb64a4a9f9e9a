package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.SeriesPoint;
import org.pdsa.domain.SeriesSnapshot;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class SeriesSnapshotRepositoryTest {

    private static SeriesSnapshot snapshot(String cycleId, String measureId, String... values) {
        List<SeriesPoint> points = new ArrayList<>();
        LocalDate week = LocalDate.parse("2024-03-04");
        for (String v : values) {
            points.add(new SeriesPoint(week, new BigDecimal(v)));
            week = week.plusWeeks(1);
        }
        return new SeriesSnapshot(cycleId, "flow", "trust-a", measureId,
                new DateRange(LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-10")),
                new DateRange(LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-24")), points,
                List.of(LocalDate.parse("2024-03-18")), "table");
    }

    @Test
    void shouldSaveACyclesSnapshotsInOneBatchAndReadThemInOneQuery(Store store) {
        // given
        SeriesSnapshot fourHour = snapshot("a-1", "four-hour", "80.5", "90");
        SeriesSnapshot readmissions = snapshot("a-1", "readmissions", "12", "13");
        // when
        store.snapshots().saveAll(List.of(readmissions, fourHour, snapshot("b-1", "four-hour", "1", "2")));
        List<SeriesSnapshot> found = store.snapshots().findByCycle("a-1");
        // then
        assertThat(found).containsExactly(fourHour, readmissions);
        assertThat(store.requestCounter().counts()).containsExactlyInAnyOrderEntriesOf(Map.of("BatchWriteItem", 1L, "Query", 1L));
    }

    @Test
    void shouldReplaceASnapshotFetchedAgain(Store store) {
        // given an incomplete snapshot, then the fuller one after missing data was submitted
        store.snapshots().saveAll(List.of(snapshot("a-1", "four-hour", "80")));
        // when
        store.snapshots().saveAll(List.of(snapshot("a-1", "four-hour", "80", "91")));
        // then
        assertThat(store.snapshots().findByCycle("a-1")).singleElement()
                .satisfies(s -> assertThat(s.testPoints()).extracting(SeriesPoint::value).containsExactly(new BigDecimal("91")));
    }

    @Test
    void shouldReadACycleWithItsSnapshotsInOneQueryPastItsDecisionAndNotifications(Store store) {
        // given a cycle's partition with its record, decision, a notification and two snapshots
        Cycle cycle = Fixtures.cycle("a-1", "flow", "trust-a", 1).withPlan(Fixtures.plan());
        store.cycles().create(cycle);
        store.decisions().record(Fixtures.decision("a-1", "flow", "trust-a", Act.ADOPT, Fixtures.T0));
        store.notifications().saveAll(List.of(Fixtures.notification("n-1", "flow", "a-1", Fixtures.T0)));
        SeriesSnapshot fourHour = snapshot("a-1", "four-hour", "80.5", "90");
        SeriesSnapshot readmissions = snapshot("a-1", "readmissions", "12", "13");
        store.snapshots().saveAll(List.of(readmissions, fourHour, snapshot("a-10", "four-hour", "1")));
        long before = store.requestCounter().total();

        // when
        CycleWithSeries read = store.cycles().findWithSeries("a-1");

        // then
        assertThat(read.cycle()).hasValue(new Versioned<>(cycle, 1));
        assertThat(read.series()).containsExactly(fourHour, readmissions);
        assertThat(store.requestCounter().total() - before).isEqualTo(1);
    }

    @Test
    void shouldReadTheSnapshotsOfACycleThatHasNoRecordYet(Store store) {
        // given
        SeriesSnapshot fourHour = snapshot("b-1", "four-hour", "80.5", "90");
        store.snapshots().saveAll(List.of(fourHour));

        // when
        CycleWithSeries read = store.cycles().findWithSeries("b-1");

        // then
        assertThat(read.cycle()).isEmpty();
        assertThat(read.series()).containsExactly(fourHour);
    }
}
