package org.pdsa.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pdsa.domain.Notification;
import org.pdsa.domain.NotificationChannel;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

class SesChannelTest {

    private FakeSesEndpoint ses;

    @BeforeEach
    void start() throws Exception {
        ses = new FakeSesEndpoint();
    }

    @AfterEach
    void stop() {
        ses.close();
    }

    private static Notification to(String email) {
        return new Notification("1/" + email, "flow", "a-1", "Ann Lead", email, "study-ready", "The study is ready",
                "Body text", NotificationChannel.SES, Instant.parse("2024-05-06T00:00:00Z"), false, null);
    }

    @Test
    void shouldSendASignedPlainTextSendEmailFromTheConfiguredAddress() {
        // when
        Delivery delivery = new SesChannel(ses.api(), "pdsa@icb.example").deliver(to("ann@trust-a.example"));
        // then
        assertThat(delivery).isEqualTo(Delivery.ok());
        FakeSesEndpoint.Received request = ses.received.get(0);
        assertThat(request.path()).isEqualTo("/v2/email/outbound-emails");
        assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/")
                .contains("/eu-west-2/ses/aws4_request", "SignedHeaders=", "Signature=");
        assertThat(request.body().path("FromEmailAddress").asText()).isEqualTo("pdsa@icb.example");
        assertThat(request.to()).isEqualTo("ann@trust-a.example");
        assertThat(request.body().at("/Content/Simple/Subject/Data").asText()).isEqualTo("The study is ready");
        assertThat(request.body().at("/Content/Simple/Body/Text/Data").asText()).isEqualTo("Body text");
        assertThat(request.body().at("/Content/Simple/Body/Text/Charset").asText()).isEqualTo("UTF-8");
    }

    @Test
    void shouldTellARefusalFromAnOutage() {
        // given
        ses.rejected.add("bob@trust-b.example");
        ses.throttled.add("pat@icb.example");
        SesChannel channel = new SesChannel(ses.api(), "pdsa@icb.example");
        SesChannel unreachable = new SesChannel(new SesApi(URI.create("http://127.0.0.1:9"), "eu-west-2",
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")),
                UrlConnectionHttpClient.create()), "pdsa@icb.example");
        // when
        Delivery rejected = channel.deliver(to("bob@trust-b.example"));
        Delivery throttled = channel.deliver(to("pat@icb.example"));
        Delivery down = unreachable.deliver(to("ann@trust-a.example"));
        // then
        assertThat(rejected.delivered()).isFalse();
        assertThat(rejected.worthRetrying()).isFalse();
        assertThat(rejected.error()).startsWith("SES 400 MessageRejected: Email address is not verified");
        assertThat(throttled.worthRetrying()).isTrue();
        assertThat(throttled.error()).isEqualTo("SES 429 TooManyRequestsException: Maximum sending rate exceeded.");
        assertThat(down.worthRetrying()).isTrue();
        assertThat(down.error()).startsWith("SES not reached");
    }

    @Test
    void shouldRecordAPersonWithoutAnAddressAsNotDelivered() {
        // when
        Delivery delivery = new SesChannel(ses.api(), "pdsa@icb.example").deliver(to(null));
        // then
        assertThat(delivery).isEqualTo(Delivery.refused("no email address known for Ann Lead"));
        assertThat(ses.received).isEmpty();
    }

    @Test
    void shouldRequireASenderAddress() {
        assertThatThrownBy(() -> new SesChannel(ses.api(), " ")).hasMessageContaining("NOTIFY_FROM");
    }
}
