package org.pdsa.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.Notification;
import org.pdsa.domain.NotificationChannel;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.model.MessageRejectedException;
import software.amazon.awssdk.services.sesv2.model.SendEmailRequest;
import software.amazon.awssdk.services.sesv2.model.SendEmailResponse;
import software.amazon.awssdk.services.sesv2.model.TooManyRequestsException;

class SesChannelTest {

    /** An SES client that records requests and answers with the next scripted result. */
    static final class FakeSes implements SesV2Client {
        final List<SendEmailRequest> sent = new ArrayList<>();
        RuntimeException failure;

        @Override
        public SendEmailResponse sendEmail(SendEmailRequest request) {
            sent.add(request);
            if (failure != null) {
                throw failure;
            }
            return SendEmailResponse.builder().messageId("m-" + sent.size()).build();
        }

        @Override
        public String serviceName() {
            return "ses";
        }

        @Override
        public void close() {
        }
    }

    private static Notification to(String email) {
        return new Notification("1/" + email, "flow", "a-1", "Ann Lead", email, "study-ready", "The study is ready",
                "Body text", NotificationChannel.SES, Instant.parse("2024-05-06T00:00:00Z"), false, null);
    }

    @Test
    void shouldSendPlainTextFromTheConfiguredAddress() {
        // given
        FakeSes ses = new FakeSes();
        // when
        Delivery delivery = new SesChannel(ses, "pdsa@icb.example").deliver(to("ann@trust-a.example"));
        // then
        assertThat(delivery).isEqualTo(Delivery.ok());
        SendEmailRequest request = ses.sent.get(0);
        assertThat(request.fromEmailAddress()).isEqualTo("pdsa@icb.example");
        assertThat(request.destination().toAddresses()).containsExactly("ann@trust-a.example");
        assertThat(request.content().simple().subject().data()).isEqualTo("The study is ready");
        assertThat(request.content().simple().body().text().data()).isEqualTo("Body text");
    }

    @Test
    void shouldTellARefusalFromAnOutage() {
        // given
        FakeSes ses = new FakeSes();
        SesChannel channel = new SesChannel(ses, "pdsa@icb.example");
        // when rejected, throttled, unreachable
        ses.failure = MessageRejectedException.builder().statusCode(400).message("Email address is not verified")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("MessageRejected").build()).build();
        Delivery rejected = channel.deliver(to("ann@trust-a.example"));
        ses.failure = TooManyRequestsException.builder().statusCode(429).message("Too many requests")
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("TooManyRequestsException").build()).build();
        Delivery throttled = channel.deliver(to("ann@trust-a.example"));
        ses.failure = SdkClientException.create("connect timed out");
        Delivery unreachable = channel.deliver(to("ann@trust-a.example"));
        // then
        assertThat(rejected.delivered()).isFalse();
        assertThat(rejected.worthRetrying()).isFalse();
        assertThat(rejected.error()).contains("400").contains("MessageRejected");
        assertThat(throttled.worthRetrying()).isTrue();
        assertThat(unreachable.worthRetrying()).isTrue();
        assertThat(unreachable.error()).isEqualTo("SES not reached: connect timed out");
    }

    @Test
    void shouldRecordAPersonWithoutAnAddressAsNotDelivered() {
        // given
        FakeSes ses = new FakeSes();
        // when
        Delivery delivery = new SesChannel(ses, "pdsa@icb.example").deliver(to(null));
        // then
        assertThat(delivery).isEqualTo(Delivery.refused("no email address known for Ann Lead"));
        assertThat(ses.sent).isEmpty();
    }

    @Test
    void shouldRequireASenderAddress() {
        assertThatThrownBy(() -> new SesChannel(new FakeSes(), " ")).hasMessageContaining("NOTIFY_FROM");
    }
}
