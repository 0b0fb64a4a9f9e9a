package org.pdsa.workers.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.pdsa.workers.JobInputException;
import org.pdsa.workers.Samples;

class RecipientsTest {

    @Test
    void shouldReachTheLeadsAsTheProvidersOwnParticipants() {
        assertThat(Recipients.of(Samples.programme(), "trust-a", Audience.LEADS)).extracting(Recipient::name)
                .containsExactly("Ann Lead");
    }

    @Test
    void shouldAddProgrammeWideFollowersForParticipants() {
        assertThat(Recipients.of(Samples.programme(), "trust-b", Audience.PARTICIPANTS)).extracting(Recipient::name)
                .containsExactly("Bob Lead", "Pat Wide");
    }

    @Test
    void shouldWriteToManagersWhoseSubjectIsAnAddressOnly() {
        assertThat(Recipients.of(Samples.programme(), "trust-a", Audience.MANAGERS))
                .containsExactly(new Recipient("manager-1", null, "manager-1"),
                        new Recipient("meg@icb.example", "meg@icb.example", "meg@icb.example"));
    }

    @Test
    void shouldTellEveryoneOnceAtProgrammeLevel() {
        assertThat(Recipients.of(Samples.programme(), null, Audience.EVERYONE)).extracting(Recipient::key)
                .containsExactly("ann@trust-a.example", "bob@trust-b.example", "pat@icb.example", "manager-1", "meg@icb.example");
    }

    @Test
    void shouldRefuseAProviderAudienceWithoutAProvider() {
        assertThatThrownBy(() -> Recipients.of(Samples.programme(), null, Audience.LEADS))
                .isInstanceOf(JobInputException.class).hasMessage("audience 'leads' needs the variable 'providerId'");
    }
}
