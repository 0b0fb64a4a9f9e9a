package org.pdsa.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.NotificationChannel;

class ChannelsTest {

    @Test
    void shouldUseTheOutboxUnlessSesIsAskedFor() {
        assertThat(Channels.from(Map.of()).kind()).isEqualTo(NotificationChannel.OUTBOX);
        assertThat(Channels.from(Map.of("NOTIFY_CHANNEL", "outbox")).kind()).isEqualTo(NotificationChannel.OUTBOX);
        assertThat(Channels.from(Map.of("NOTIFY_CHANNEL", "SES", "NOTIFY_FROM", "pdsa@icb.example", "AWS_REGION", "eu-west-2"))
                .kind()).isEqualTo(NotificationChannel.SES);
    }

    @Test
    void shouldRefuseSesWithoutASenderAndUnknownChannels() {
        assertThatThrownBy(() -> Channels.from(Map.of("NOTIFY_CHANNEL", "ses"))).hasMessageContaining("NOTIFY_FROM");
        assertThatThrownBy(() -> Channels.from(Map.of("NOTIFY_CHANNEL", "pigeon")))
                .hasMessage("NOTIFY_CHANNEL must be 'ses' or 'outbox', got 'pigeon'");
    }
}
