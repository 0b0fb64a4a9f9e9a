package org.pdsa.local.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A function as Lambda is given it: name, {@code Handler} string, deployment package, environment,
 * memory and timeout. Built from template.yaml later; by hand in tests and benchmarks now.
 *
 * @param name the function name ({@code AWS_LAMBDA_FUNCTION_NAME})
 * @param handler {@code package.Class::method} or {@code package.Class}, as in template.yaml
 * @param artifact the deployment package: a .zip or .jar, or a directory laid out as one
 * @param environment the function's own variables; Lambda's reserved names are refused, as Lambda does
 * @param memoryMb 128 to 10240; sizes the heap as Lambda does
 * @param timeout 1 s to 900 s
 * @param layers extra jars put on the function's class path, as a layer's {@code java/lib} would be
 */
public record FunctionSpec(String name, String handler, Path artifact, Map<String, String> environment,
                           int memoryMb, Duration timeout, List<Path> layers) {

    /** Variables Lambda sets itself and refuses in a function's configuration. */
    public static final Set<String> RESERVED_VARIABLES = Set.of(
            "_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
            "AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "AWS_LAMBDA_FUNCTION_VERSION",
            "AWS_LAMBDA_INITIALIZATION_TYPE", "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME",
            "AWS_ACCESS_KEY", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
            "AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR");

    public static final int DEFAULT_MEMORY_MB = 512;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public FunctionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(timeout, "timeout");
        if (!name.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("function name '" + name
                    + "' must be 1 to 64 letters, digits, hyphens or underscores");
        }
        if (handler.isBlank()) {
            throw new IllegalArgumentException("function " + name + " has no handler");
        }
        for (String variable : environment.keySet()) {
            if (RESERVED_VARIABLES.contains(variable)) {
                throw new IllegalArgumentException("function " + name + " sets " + variable
                        + ", which Lambda reserves for itself");
            }
        }
        if (memoryMb < 128 || memoryMb > 10240) {
            throw new IllegalArgumentException("function " + name + ": memory " + memoryMb
                    + " MB is outside Lambda's 128 to 10240 MB");
        }
        if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofSeconds(900)) > 0) {
            throw new IllegalArgumentException("function " + name + ": timeout " + timeout
                    + " is outside Lambda's 1 to 900 seconds");
        }
        environment = Map.copyOf(new TreeMap<>(environment));
        layers = List.copyOf(layers);
    }

    /** A function named after its handler's class, with Lambda-like defaults (512 MB, 30 s). */
    public static FunctionSpec of(String handler, Map<String, String> environment, Path artifact) {
        return new FunctionSpec(nameOf(handler), handler, artifact, environment, DEFAULT_MEMORY_MB,
                DEFAULT_TIMEOUT, List.of());
    }

    public FunctionSpec withName(String newName) {
        return new FunctionSpec(newName, handler, artifact, environment, memoryMb, timeout, layers);
    }

    public FunctionSpec withMemoryMb(int newMemoryMb) {
        return new FunctionSpec(name, handler, artifact, environment, newMemoryMb, timeout, layers);
    }

    public FunctionSpec withTimeout(Duration newTimeout) {
        return new FunctionSpec(name, handler, artifact, environment, memoryMb, newTimeout, layers);
    }

    public FunctionSpec withArtifact(Path newArtifact) {
        return new FunctionSpec(name, handler, newArtifact, environment, memoryMb, timeout, layers);
    }

    public FunctionSpec withLayers(List<Path> newLayers) {
        return new FunctionSpec(name, handler, artifact, environment, memoryMb, timeout, newLayers);
    }

    /** The handler's simple class name, which is a valid function name for any Java handler. */
    static String nameOf(String handler) {
        String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        String simple = className.substring(className.lastIndexOf('.') + 1).replace('$', '_');
        return simple.isEmpty() ? "function" : simple;
    }
}
