package org.pdsa.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.ApiClient;
import org.pdsa.local.stack.testing.FakeProcessEngine;
import org.pdsa.local.stack.testing.LocalStackExtension;

class UpCommandTest {

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngineStandIn(new FakeProcessEngine());

    @Test
    void shouldPrintTheAddressesAndATokenPerDemoRoleThatTheGatewayAccepts(LocalStack stack, ApiClient api) {
        // when
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UpCommand.printWelcome(stack, new PrintStream(out, true, StandardCharsets.UTF_8));

        // then
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("API gateway              " + stack.apiAddress())
                .contains("DynamoDB (dynalite)      " + stack.dynamoEndpoint())
                .contains("manager demo-manager:").contains("provider rf4-system, provider RF4:")
                .contains("staff rf4-lead, provider RF4, groups RF4-leads:");
        Matcher tokens = Pattern.compile("\\n  (eyJ[\\w-]+\\.[\\w-]+\\.[\\w-]+)\\n").matcher(text);
        List<String> found = tokens.results().map(m -> m.group(1)).toList();
        assertThat(found).hasSize(3);
        for (String token : found) {
            assertThat(api.withAuthorization("Bearer " + token).post("/analyses/spc",
                    "{\"points\": [{\"date\": \"2024-01-01\", \"value\": 1}, {\"date\": \"2024-01-08\", \"value\": 2}]}")
                    .status()).isEqualTo(200);
        }
    }
}
