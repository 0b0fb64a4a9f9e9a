package org.pdsa.local.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.testing.LocalStackExtension;

/**
 * The web app in a browser against the whole local stack on random ports (dynalite, the embedded engine with the
 * repository's workflows, the job workers, the gateway), with {@link EngineScenario}'s data: web/test/browser
 * (Playwright driving Debian's Chromium headless; sign-in through the local OpenID provider, tasks, forms with the
 * API's validation, the study with its charts, programme and learning, refusal and not-found pages, an axe-core
 * scan of every page, screenshots under web/test-results) and web/test/unit (the form renderer's pure parts).
 */
class WebAppE2ETest {

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngine(EngineLaunchers.local());

    static Map<String, Object> facts;

    @BeforeAll
    static void seed() throws InterruptedException {
        facts = EngineScenario.seed(STACK.stack());
    }

    @Test
    void shouldPassTheBrowserAndUnitSuitesOfTheWebApp() throws Exception {
        // given
        BrowserSuite.install();
        String chromium = BrowserSuite.chromium();

        // when
        BrowserSuite.Result result = BrowserSuite.run(List.of("unit", "browser"), Map.of(
                "PDSA_WEB_URL", STACK.stack().apiAddress().toString(),
                "PDSA_WEB_FACTS", new ObjectMapper().writeValueAsString(facts),
                "PDSA_CHROMIUM", chromium));

        // then: node's test runner ends with its counts (spec reporter: "ℹ pass N"); tests ran and none failed
        java.util.regex.Matcher passed = java.util.regex.Pattern.compile("(?:ℹ|#) pass (\\d+)").matcher(result.output());
        assertThat(passed.find()).as("node's test summary in the output above").isTrue();
        assertThat(Integer.parseInt(passed.group(1))).isPositive();
        assertThat(result.output()).containsPattern("(?:ℹ|#) fail 0\\b");
        assertThat(result.exitCode()).as("node --test exit code (its output is above)").isZero();
    }
}
