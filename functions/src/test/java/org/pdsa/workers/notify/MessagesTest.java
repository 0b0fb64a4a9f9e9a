package org.pdsa.workers.notify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pdsa.workers.Samples;
import org.pdsa.workers.WorkerJson;

class MessagesTest {

    @Test
    void shouldNameTheEventProgrammeProviderAndTheDetailsInOrder() {
        // when
        Messages.Message m = Messages.compose(NotifyEvent.CYCLE_STARTED, Samples.programme(), "trust-a", "r1-trust-a-1",
                WorkerJson.variables("{\"changeIdea\":\"Senior review\",\"testWindowStart\":\"2024-03-11\","
                        + "\"testWindowEnd\":\"2024-05-05\",\"note\":null}"));
        // then
        assertThat(m.subject()).isEqualTo("A PDSA cycle has started: Emergency flow at Trust A");
        assertThat(m.body()).isEqualTo(String.join("\n", "A plan-do-study-act cycle has started.", "",
                "Programme: Emergency flow", "Provider: Trust A", "Cycle: r1-trust-a-1", "Change idea: Senior review",
                "Test window start: 2024-03-11", "Test window end: 2024-05-05"));
    }

    @Test
    void shouldShowProgrammeWideDetailsWithListsAndBooleansInWords() {
        // when
        Messages.Message m = Messages.compose(NotifyEvent.LEARNING_SHARED, Samples.programme(), null, null,
                WorkerJson.variables("{\"summary\":\"3 decisions\",\"decisions\":3,\"closedEarly\":false,\"sites\":[\"A\",\"B\"]}"));
        // then
        assertThat(m.subject()).isEqualTo("Learning shared: Emergency flow");
        assertThat(m.body()).endsWith("Programme: Emergency flow\nSummary: 3 decisions\nDecisions: 3\nClosed early: no\nSites: A, B");
    }
}
