package org.pdsa.local.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.StackConfig;
import org.pdsa.local.stack.testing.LocalStackExtension;

/**
 * For working on the web app by hand: the browser suite's data ({@link EngineScenario}) on a whole local stack with
 * the real engine, the gateway on PDSA_API_PORT (default 3000), until stopped. Run from infra/local with the test
 * classpath, e.g. {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.pdsa.local.web.WebDevStack}.
 * (For the newcomer's data alone, {@code ./pdsa up} is enough.)
 */
public final class WebDevStack {

    private WebDevStack() {
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("pdsa-web-dev-");
        StackConfig base = StackConfig.ephemeral(scratch, LocalStackExtension.REPOSITORY, EngineLaunchers.local());
        int port = Integer.parseInt(System.getenv().getOrDefault("PDSA_API_PORT", "3000"));
        StackConfig config = new StackConfig(base.dynamoPort(), base.enginePort(), port, null, base.tableName(),
                base.workflowsDir(), base.webDir(), base.keysDir(), base.engine(), null, base.extraServices());
        LocalStack stack = LocalStack.start(config, System.out::println);
        Map<String, Object> facts = EngineScenario.seed(stack);
        System.out.println("web app: " + stack.apiAddress() + "/  facts: " + new ObjectMapper().writeValueAsString(facts));
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        Thread.currentThread().join();
    }
}
