package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class RequestCounterTest {

    @Test
    void shouldCountEachCallOncePerOperationAndABatchAsOne(Store store) {
        // given a fresh counter
        store.requestCounter().reset();
        // when: a conditional put, a consistent get, a GSI query, and a batch of 3 items
        store.cycles().create(Fixtures.cycle("a-1", "flow", "trust-a", 1));
        store.cycles().find("a-1");
        store.cycles().findByProgramme("flow");
        store.notifications().saveAll(List.of(
                Fixtures.notification("n1", "flow", "a-1", Fixtures.T0),
                Fixtures.notification("n2", "flow", "a-1", Fixtures.T0),
                Fixtures.notification("n3", "flow", "a-1", Fixtures.T0)));
        // then
        assertThat(store.requestCounter().counts()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "BatchWriteItem", 1L, "GetItem", 1L, "PutItem", 1L, "Query", 1L)));
        assertThat(store.requestCounter().total()).isEqualTo(4);
    }

    @Test
    void shouldStartAgainFromZeroAfterAReset(Store store) {
        store.cycles().find("nothing");
        store.requestCounter().reset();
        assertThat(store.requestCounter().total()).isZero();
        assertThat(store.requestCounter().counts()).isEmpty();
    }
}
