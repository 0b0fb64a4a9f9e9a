package org.pdsa.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pdsa.domain.Notification;
import org.pdsa.local.dynamodb.testing.DynaliteExtension;

@ExtendWith(DynaliteExtension.class)
class NotificationRepositoryTest {

    @Test
    void shouldListACyclesNotificationsAndAProgrammesOutbox(Store store) {
        // given two for cycle a-1, one for b-1 and one programme-wide message
        Notification later = Fixtures.notification("a-1/started/ann", "flow", "a-1", Fixtures.T0.plusSeconds(5)).asDelivered();
        Notification earlier = Fixtures.notification("a-1/study/ann", "flow", "a-1", Fixtures.T0).asFailed("mailbox full");
        Notification other = Fixtures.notification("b-1/started/ann", "flow", "b-1", Fixtures.T0.plusSeconds(1)).asDelivered();
        Notification wide = Fixtures.notification("learning/ann", "flow", null, Fixtures.T0.plusSeconds(9)).asDelivered();
        // when
        store.notifications().saveAll(List.of(later, earlier, other, wide));
        // then one batch write stored them all
        assertThat(store.requestCounter().counts()).containsExactlyEntriesOf(Map.of("BatchWriteItem", 1L));
        assertThat(store.notifications().findByCycle("a-1")).containsExactly(earlier, later);
        assertThat(store.notifications().findByProgramme("flow")).containsExactly(earlier, other, later, wide);
    }

    @Test
    void shouldTellARedeliveredJobWhichMessagesStillNeedSending(Store store) {
        // given one delivered, one failed, and one never stored
        Notification delivered = Fixtures.notification("a-1/started/ann", "flow", "a-1", Fixtures.T0).asDelivered();
        Notification failed = Fixtures.notification("a-1/started/bob", "flow", "a-1", Fixtures.T0).asFailed("bounced");
        Notification fresh = Fixtures.notification("a-1/started/cat", "flow", "a-1", Fixtures.T0);
        store.notifications().saveAll(List.of(delivered, failed));
        store.requestCounter().reset();
        // when the job comes again with all three
        List<Notification> toSend = store.notifications().notYetDelivered(List.of(delivered, failed, fresh));
        // then one batch read tells
        assertThat(toSend).extracting(Notification::id).containsExactly("a-1/started/bob", "a-1/started/cat");
        assertThat(store.requestCounter().counts()).containsExactlyEntriesOf(Map.of("BatchGetItem", 1L));
    }

    @Test
    void shouldRecordADeliveryOverAnEarlierFailure(Store store) {
        // given
        Notification failed = Fixtures.notification("a-1/started/bob", "flow", "a-1", Fixtures.T0).asFailed("bounced");
        store.notifications().saveAll(List.of(failed));
        // when
        store.notifications().saveAll(List.of(failed.asDelivered()));
        // then
        assertThat(store.notifications().findByCycle("a-1")).singleElement().satisfies(n -> {
            assertThat(n.delivered()).isTrue();
            assertThat(n.error()).isNull();
        });
    }
}
