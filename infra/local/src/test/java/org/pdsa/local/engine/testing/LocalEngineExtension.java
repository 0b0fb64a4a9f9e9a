package org.pdsa.local.engine.testing;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.pdsa.local.engine.EngineConfig;
import org.pdsa.local.engine.LocalEngine;

/** JUnit 5 extension behind {@link LocalEngineTest}: one engine and one client per test method. */
public final class LocalEngineExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(LocalEngineExtension.class);

    /** What one test gets; closed after the test. */
    public record Running(Path dataDirectory, LocalEngine engine, CamundaClient client) {}

    @Override
    public void beforeEach(ExtensionContext context) {
        running(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        // the store of the test method's context holds this test's engine
        Running running = context.getStore(NS).remove("running", Running.class);
        if (running == null) return;
        running.engine().close(); // first: it answers the workers' parked polls, so the client closes at once
        running.client().close();
        deleteRecursively(running.dataDirectory());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == CamundaClient.class || type == LocalEngine.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Running running = running(context);
        return parameter.getParameter().getType() == CamundaClient.class ? running.client() : running.engine();
    }

    private Running running(ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new IllegalStateException("@LocalEngineTest injects into test and @BeforeEach methods, not constructors");
        }
        return context.getStore(NS).getOrComputeIfAbsent("running", k -> start(), Running.class);
    }

    private static Running start() {
        try {
            Path dir = Files.createTempDirectory("pdsa-engine-test");
            LocalEngine engine = LocalEngine.start(EngineConfig.defaults().withPort(0).withDataDirectory(dir));
            return new Running(dir, engine, newClient(engine));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client with default settings except the REST address (tests use random ports). */
    public static CamundaClient newClient(LocalEngine engine) {
        return CamundaClient.newClientBuilder().restAddress(engine.restAddress()).build();
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
