package org.pdsa.local.stack.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.pdsa.camunda.ProcessEngine;
import org.pdsa.local.stack.EngineLauncher;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.StackConfig;

/**
 * Starts the local stack for a test class on free random ports, with the table in memory under a unique name
 * and the signing key in a temporary folder, so tests never collide with each other or with a running
 * {@code ./pdsa up}; stops it after the class. Test methods may take {@link LocalStack} and {@link ApiClient}
 * parameters.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalStackExtension STACK = LocalStackExtension.withEngine(engineLauncher);
 *
 * @Test
 * void shouldRegisterAProgramme(ApiClient api) { ... }
 * }</pre>
 */
public final class LocalStackExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    /** The repository root, seen from the infra/local module where its tests run. */
    public static final Path REPOSITORY = Path.of("..", "..").toAbsolutePath().normalize();

    private final EngineLauncher engine;
    private final ProcessEngine standIn;
    private java.util.function.Function<Path, Path> workflows = scratch -> REPOSITORY.resolve("workflows");
    /** The stack's extra services (null: its own in-process job workers). */
    private java.util.List<org.pdsa.local.stack.Service> services;
    private LocalStack stack;
    private ApiClient api;
    private Path scratch;

    private LocalStackExtension(EngineLauncher engine, ProcessEngine standIn) {
        this.engine = engine;
        this.standIn = standIn;
    }

    /** The whole stack with the engine {@code launcher} starts. */
    public static LocalStackExtension withEngine(EngineLauncher launcher) {
        return new LocalStackExtension(launcher, null);
    }

    /** The stack without an engine: the API talks to {@code standIn} (tests of the API alone). */
    public static LocalStackExtension withEngineStandIn(ProcessEngine standIn) {
        return new LocalStackExtension(null, standIn);
    }

    /** Deploys the folder {@code prepare} makes in the test's scratch folder instead of the repository's workflows/. */
    public LocalStackExtension withWorkflows(java.util.function.Function<Path, Path> prepare) {
        this.workflows = prepare;
        return this;
    }

    /** Without the extra services (the in-process job workers): for tests whose own workers take the jobs. */
    public LocalStackExtension withoutExtraServices() {
        return withExtraServices(java.util.List.of());
    }

    /** Starts {@code extra} after the gateway instead of the stack's own job workers (tests that steer the workers). */
    public LocalStackExtension withExtraServices(java.util.List<org.pdsa.local.stack.Service> extra) {
        this.services = extra;
        return this;
    }

    public LocalStack stack() {
        return stack;
    }

    public ApiClient api() {
        return api;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        scratch = Files.createTempDirectory("pdsa-stack-test-");
        StackConfig config = StackConfig.ephemeral(scratch, REPOSITORY, engine).withWorkflowsDir(workflows.apply(scratch));
        if (standIn != null) {
            config = config.withEngineStandIn(standIn);
        }
        if (services != null) {
            config = config.withExtraServices(services);
        }
        stack = LocalStack.start(config, line -> { });
        api = new ApiClient(stack.apiAddress(), stack.tokens());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (stack != null) {
                stack.close();
            }
        } finally {
            delete(scratch);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalStack.class || type == ApiClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == LocalStack.class ? stack : api;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
