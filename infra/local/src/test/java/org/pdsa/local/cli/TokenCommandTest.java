package org.pdsa.local.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdsa.local.gateway.GatewayConfig;
import org.pdsa.local.gateway.JwtAuthorizer;
import org.pdsa.local.gateway.LocalKeys;
import picocli.CommandLine;

class TokenCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void shouldPrintATokenTheGatewayAccepts() throws Exception {
        // when
        int code = run("--role", "staff", "--subject", "alice", "--provider", "rf4", "--groups", "rf4-leads,rf4-ed",
                "--ttl", "30m", "--keys", dir.toString());

        // then
        assertThat(code).isZero();
        String token = out.toString(StandardCharsets.UTF_8).strip();
        JwtAuthorizer authorizer = new JwtAuthorizer(LocalKeys.inDirectory(dir).publicJwks(),
                GatewayConfig.issuer(3100), GatewayConfig.AUDIENCE);
        JwtAuthorizer.Authorized authorized = authorizer.authorize("Bearer " + token);
        assertThat(authorized.claims()).containsEntry("sub", "alice").containsEntry("role", "staff")
                .containsEntry("provider", "rf4").containsEntry("groups", "[rf4-leads rf4-ed]");
        long exp = Long.parseLong(authorized.claims().get("exp"));
        long iat = Long.parseLong(authorized.claims().get("iat"));
        assertThat(exp - iat).isEqualTo(1800);
    }

    @Test
    void shouldRefuseStaffWithoutProviderAndUnknownRoles() {
        assertThat(run("--role", "staff", "--subject", "alice", "--keys", dir.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--provider is required for the role staff");
        assertThat(run("--role", "admin", "--subject", "x", "--keys", dir.toString())).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void shouldReadTimeToLiveShorthands() {
        assertThat(TokenCommand.ttl("12h")).isEqualTo(Duration.ofHours(12));
        assertThat(TokenCommand.ttl("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(TokenCommand.ttl("PT90M")).isEqualTo(Duration.ofMinutes(90));
        assertThatThrownBy(() -> TokenCommand.ttl("0m")).hasMessageContaining("positive");
        assertThatThrownBy(() -> TokenCommand.ttl("soon")).hasMessageContaining("30m, 12h, 7d or PT2H");
    }

    private int run(String... args) {
        return new CommandLine(new TokenCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), 3100)).execute(args);
    }
}
