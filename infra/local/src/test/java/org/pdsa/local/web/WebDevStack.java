package org.pdsa.local.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.StackConfig;
import org.pdsa.local.stack.testing.FakeProcessEngine;
import org.pdsa.local.stack.testing.LocalStackExtension;

/**
 * For working on the web app by hand: the browser suite's scenario on the engine stand-in, with the gateway on
 * PDSA_API_PORT (default 3000), until stopped. Run from infra/local with the test classpath, e.g.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.pdsa.local.web.WebDevStack}.
 */
public final class WebDevStack {

    private WebDevStack() {
    }

    public static void main(String[] args) throws Exception {
        FakeProcessEngine engine = new FakeProcessEngine();
        engine.pinClock(Instant.now());
        Path scratch = Files.createTempDirectory("pdsa-web-dev-");
        StackConfig base = StackConfig.ephemeral(scratch, LocalStackExtension.REPOSITORY, null).withEngineStandIn(engine);
        int port = Integer.parseInt(System.getenv().getOrDefault("PDSA_API_PORT", "3000"));
        StackConfig config = new StackConfig(base.dynamoPort(), base.enginePort(), port, null, base.tableName(),
                base.workflowsDir(), base.webDir(), base.keysDir(), null, engine, base.extraServices());
        LocalStack stack = LocalStack.start(config, System.out::println);
        Map<String, Object> facts = WebScenario.seedWithStandIn(stack, engine);
        System.out.println("web app: " + stack.apiAddress() + "/  facts: " + new ObjectMapper().writeValueAsString(facts));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        Thread.currentThread().join();
    }
}
