package org.pdsa.local.lambda;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Runs functions the way Lambda's Java runtime does: each in its own JVM with Lambda's flags and
 * environment, its deployment package unpacked as the task root, under the real runtime interface
 * client, talking to a {@link RuntimeApiServer} of its own. Immutable; one runner starts any number
 * of functions. Usage:
 *
 * <pre>{@code
 * try (RunningFunction health = FunctionRunner.create().start("org.pdsa.api.HealthHandler", Map.of(), zip)) {
 *     InvocationResult result = health.invoke(eventJson);
 * }
 * }</pre>
 */
public final class FunctionRunner {

    /** Region of the local stack's functions unless set otherwise. */
    public static final String DEFAULT_REGION = "eu-west-2";

    /** Generous, because tests share two cores; Lambda's own init limit is 10 s. */
    public static final Duration DEFAULT_INIT_TIMEOUT = Duration.ofSeconds(60);

    private final Path java;
    private final String runtime;
    private final String region;
    private final InitType initType;
    private final Duration initTimeout;
    private final Path workDir;
    private final CpuLimit cpus;

    private FunctionRunner(Path java, String runtime, String region, InitType initType, Duration initTimeout,
                           Path workDir, CpuLimit cpus) {
        this.java = Objects.requireNonNull(java);
        this.runtime = Objects.requireNonNull(runtime);
        this.region = Objects.requireNonNull(region);
        this.initType = Objects.requireNonNull(initType);
        this.initTimeout = Objects.requireNonNull(initTimeout);
        this.workDir = Objects.requireNonNull(workDir);
        this.cpus = Objects.requireNonNull(cpus);
    }

    /** This JVM's java (as runtime {@code javaNN}), region eu-west-2, on-demand init, temp folders. */
    public static FunctionRunner create() {
        return new FunctionRunner(Path.of(System.getProperty("java.home"), "bin", "java"),
                "java" + Runtime.version().feature(), DEFAULT_REGION, InitType.ON_DEMAND, DEFAULT_INIT_TIMEOUT,
                Path.of(System.getProperty("java.io.tmpdir")), CpuLimit.NONE);
    }

    /** Another java executable, with the Lambda runtime name it stands for (e.g. {@code java21}). */
    public FunctionRunner withJava(Path newJava, String newRuntime) {
        return new FunctionRunner(newJava, newRuntime, region, initType, initTimeout, workDir, cpus);
    }

    public FunctionRunner withRegion(String newRegion) {
        return new FunctionRunner(java, runtime, newRegion, initType, initTimeout, workDir, cpus);
    }

    public FunctionRunner withInitType(InitType newInitType) {
        return new FunctionRunner(java, runtime, region, newInitType, initTimeout, workDir, cpus);
    }

    public FunctionRunner withInitTimeout(Duration newInitTimeout) {
        return new FunctionRunner(java, runtime, region, initType, newInitTimeout, workDir, cpus);
    }

    /** Where task roots, logs and the runtime client's native library go. */
    public FunctionRunner withWorkDir(Path newWorkDir) {
        return new FunctionRunner(java, runtime, region, initType, initTimeout, newWorkDir, cpus);
    }

    /** Function JVMs confined to some of this machine's CPUs (Lambda gives an on-demand init one full vCPU). */
    public FunctionRunner withCpus(CpuLimit newCpus) {
        return new FunctionRunner(java, runtime, region, initType, initTimeout, workDir, newCpus);
    }

    /** Starts {@code handler} from {@code artifact} with the function's own {@code environment}. */
    public RunningFunction start(String handler, Map<String, String> environment, Path artifact) {
        return start(FunctionSpec.of(handler, environment, artifact));
    }

    /**
     * Starts a function and waits until its runtime asks for the first event, reports an init error,
     * or exits. Throws when none of these happens within the init timeout.
     */
    public RunningFunction start(FunctionSpec spec) {
        Path folder = createFolder(spec.name());
        RuntimeApiServer server = null;
        try {
            Path taskRoot = TaskRoot.prepare(spec.artifact(), spec.layers(), folder.resolve("task"));
            Files.createDirectories(folder.resolve("tmp"));
            RuntimeInterfaceClient client = RuntimeInterfaceClient.locate(workDir.resolve("pdsa-lambda-runtime"));
            RuntimeApi api = new RuntimeApi(LambdaJvmCommand.functionArn(region, spec.name()), initType,
                    Clock.systemUTC());
            server = RuntimeApiServer.start(api);
            LambdaJvmCommand command = LambdaJvmCommand.of(spec, new LambdaJvmCommand.Launch(
                    java, runtime, client, server.address(), taskRoot, region, initType, cpus));
            return RunningFunction.launch(spec, command, server, folder, initTimeout);
        } catch (IOException e) {
            close(server, folder);
            throw new UncheckedIOException("Cannot start function " + spec.name(), e);
        } catch (RuntimeException e) {
            close(server, folder);
            throw e;
        }
    }

    private Path createFolder(String name) {
        try {
            Files.createDirectories(workDir);
            return Files.createTempDirectory(workDir, "pdsa-lambda-" + name + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a folder for function " + name + " under " + workDir, e);
        }
    }

    private static void close(RuntimeApiServer server, Path folder) {
        if (server != null) {
            server.close();
        }
        TaskRoot.delete(folder);
    }
}
