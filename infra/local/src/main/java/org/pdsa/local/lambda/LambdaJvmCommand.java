package org.pdsa.local.lambda;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The command line and environment with which Lambda's Java runtime starts a function: the runtime
 * interface client's main class, the {@code Handler} string, Lambda's JVM flags and its environment.
 *
 * @param command the full command, java executable first
 * @param environment the whole environment of the process (nothing is inherited from ours)
 */
record LambdaJvmCommand(List<String> command, Map<String, String> environment) {

    /** Placeholder credentials: Lambda gives a function its role's; dynalite and LocalStack take any. */
    static final String LOCAL_CREDENTIAL = "local";

    /** Where and how a function is launched, besides the function itself. */
    record Launch(Path java, String runtime, RuntimeInterfaceClient client, String runtimeApi, Path taskRoot,
                  String region, InitType initType, CpuLimit cpus) {

        Launch(Path java, String runtime, RuntimeInterfaceClient client, String runtimeApi, Path taskRoot,
               String region, InitType initType) {
            this(java, runtime, client, runtimeApi, taskRoot, region, initType, CpuLimit.NONE);
        }
    }

    /**
     * For diagnosis only (never set by the stack or CI): extra JVM flags for every function JVM, split on
     * whitespace, e.g. {@code PDSA_FUNCTION_JVM_FLAGS='-Xlog:class+load:file=/tmp/fn-%p.log'}. Lambda itself
     * takes such flags from JAVA_TOOL_OPTIONS; here they come last, after Lambda's own.
     */
    static final String DIAGNOSTIC_FLAGS = "PDSA_FUNCTION_JVM_FLAGS";

    static LambdaJvmCommand of(FunctionSpec spec, Launch launch) {
        List<String> command = new ArrayList<>(launch.cpus().prefix());
        command.add(launch.java().toString());
        // Lambda's documented defaults for Java 17 and 21: C1 only, serial GC; heap within the memory size
        command.add("-XX:+TieredCompilation");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+UseSerialGC");
        command.add("-Xshare:auto");
        command.add("-XX:MaxHeapSize=" + heapMb(spec.memoryMb()) + "m");
        command.add("-Djava.net.preferIPv4Stack=true");
        // as Lambda's Java runtime: org.crac (SnapStart hooks) finds the runtime client's implementation
        command.add("-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
        // each execution environment has a /tmp of its own (a token cache written there stays with it)
        command.add("-Djava.io.tmpdir=" + launch.taskRoot().resolveSibling("tmp"));
        command.add("-D" + RuntimeInterfaceClient.NATIVE_LIBRARY_PROPERTY + "=" + launch.client().nativeLibrary());
        command.addAll(diagnosticFlags(System.getenv(DIAGNOSTIC_FLAGS)));
        command.add("-cp");
        command.add(launch.client().classpath().stream().map(Path::toString).collect(Collectors.joining(":")));
        command.add(RuntimeInterfaceClient.MAIN_CLASS);
        command.add(spec.handler());
        return new LambdaJvmCommand(List.copyOf(command), environment(spec, launch));
    }

    private static Map<String, String> environment(FunctionSpec spec, Launch launch) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PATH", "/usr/local/bin:/usr/bin:/bin");
        env.put("LANG", "en_US.UTF-8");
        env.put("TZ", ":UTC");
        env.put("LAMBDA_TASK_ROOT", launch.taskRoot().toString());
        env.put("LAMBDA_RUNTIME_DIR", launch.client().classpath().get(0).getParent().toString());
        env.put("AWS_LAMBDA_RUNTIME_API", launch.runtimeApi());
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + launch.runtime());
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", launch.initType().value());
        env.put("_HANDLER", spec.handler());
        env.put("AWS_LAMBDA_FUNCTION_NAME", spec.name());
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(spec.memoryMb()));
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + spec.name());
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", LocalDate.now(ZoneOffset.UTC).toString().replace('-', '/')
                + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", ""));
        env.put("AWS_REGION", launch.region());
        env.put("AWS_DEFAULT_REGION", launch.region());
        env.put("AWS_ACCESS_KEY_ID", LOCAL_CREDENTIAL);
        env.put("AWS_SECRET_ACCESS_KEY", LOCAL_CREDENTIAL);
        env.put("AWS_SESSION_TOKEN", LOCAL_CREDENTIAL);
        env.putAll(spec.environment());
        return Map.copyOf(env);
    }

    /** The function's ARN in the local account (000000000000, as LocalStack uses). */
    static String functionArn(String region, String name) {
        return "arn:aws:lambda:" + region + ":000000000000:function:" + name;
    }

    static List<String> diagnosticFlags(String flags) {
        return flags == null || flags.isBlank() ? List.of() : List.of(flags.trim().split("\\s+"));
    }

    private static int heapMb(int memoryMb) {
        return memoryMb * 85 / 100;
    }
}
