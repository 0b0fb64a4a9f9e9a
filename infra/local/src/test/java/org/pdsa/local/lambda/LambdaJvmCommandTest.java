package org.pdsa.local.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaJvmCommandTest {

    private static final RuntimeInterfaceClient CLIENT = new RuntimeInterfaceClient(
            List.of(Path.of("/ric/aws-lambda-java-runtime-interface-client.jar"), Path.of("/ric/core.jar")),
            Path.of("/cache/libaws-lambda-jni.linux-x86_64.so"));

    private final FunctionSpec spec = FunctionSpec.of("org.pdsa.api.HealthHandler::handleRequest",
            Map.of("TABLE_NAME", "pdsa"), Path.of("pkg.zip")).withMemoryMb(1024);

    private final LambdaJvmCommand.Launch launch = new LambdaJvmCommand.Launch(Path.of("/jdk/bin/java"), "java21",
            CLIENT, "127.0.0.1:9001", Path.of("/work/task"), "eu-west-2", InitType.SNAP_START);

    @Test
    void shouldStartTheRuntimeClientWithLambdasJvmFlags() {
        // when
        List<String> command = LambdaJvmCommand.of(spec, launch).command();

        // then
        assertThat(command).startsWith("/jdk/bin/java", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");
        assertThat(command).contains("-XX:+UseSerialGC", "-XX:MaxHeapSize=870m",
                "-D" + RuntimeInterfaceClient.NATIVE_LIBRARY_PROPERTY + "=/cache/libaws-lambda-jni.linux-x86_64.so",
                "-Djava.io.tmpdir=/work/tmp");
        assertThat(command).containsSequence("-cp", "/ric/aws-lambda-java-runtime-interface-client.jar:/ric/core.jar",
                RuntimeInterfaceClient.MAIN_CLASS, "org.pdsa.api.HealthHandler::handleRequest");
        assertThat(command.get(command.size() - 1)).isEqualTo("org.pdsa.api.HealthHandler::handleRequest");
    }

    @Test
    void shouldSetLambdasEnvironmentAndTheFunctionsOwn() {
        // when
        Map<String, String> environment = LambdaJvmCommand.of(spec, launch).environment();

        // then
        assertThat(environment)
                .containsEntry("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:9001")
                .containsEntry("_HANDLER", "org.pdsa.api.HealthHandler::handleRequest")
                .containsEntry("AWS_LAMBDA_FUNCTION_NAME", "HealthHandler")
                .containsEntry("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024")
                .containsEntry("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")
                .containsEntry("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start")
                .containsEntry("AWS_EXECUTION_ENV", "AWS_Lambda_java21")
                .containsEntry("AWS_REGION", "eu-west-2")
                .containsEntry("LAMBDA_TASK_ROOT", "/work/task")
                .containsEntry("LAMBDA_RUNTIME_DIR", "/ric")
                .containsEntry("TZ", ":UTC")
                .containsEntry("TABLE_NAME", "pdsa")
                .containsKeys("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
                        "AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME");
        assertThat(environment.get("AWS_LAMBDA_LOG_STREAM_NAME")).matches("\\d{4}/\\d{2}/\\d{2}/\\[\\$LATEST][0-9a-f]{32}");
    }

    @Test
    void shouldNameTheFunctionArnInTheLocalAccount() {
        assertThat(LambdaJvmCommand.functionArn("eu-west-2", "HealthHandler"))
                .isEqualTo("arn:aws:lambda:eu-west-2:000000000000:function:HealthHandler");
    }

    @Test
    void shouldSplitDiagnosticFlagsOnWhitespaceAndAddNoneWhenUnset() {
        // when
        List<String> flags = LambdaJvmCommand.diagnosticFlags("  -Xlog:class+load:file=/tmp/a.log \t-Xlog:startuptime ");

        // then
        assertThat(flags).containsExactly("-Xlog:class+load:file=/tmp/a.log", "-Xlog:startuptime");
        assertThat(LambdaJvmCommand.diagnosticFlags(null)).isEmpty();
        assertThat(LambdaJvmCommand.diagnosticFlags(" ")).isEmpty();
    }

    @Test
    void shouldStartTheJvmUnderTasksetOnTheMachinesLastCpusWhenConfined() {
        // given a launch confined to one CPU
        LambdaJvmCommand.Launch confined = new LambdaJvmCommand.Launch(launch.java(), launch.runtime(), CLIENT,
                launch.runtimeApi(), launch.taskRoot(), launch.region(), launch.initType(), new CpuLimit(1));

        // when
        List<String> command = LambdaJvmCommand.of(spec, confined).command();

        // then taskset runs java, which still gets Lambda's flags
        assertThat(command.get(0)).endsWith("taskset");
        assertThat(command.subList(1, 4)).containsExactly("-c",
                Integer.toString(Runtime.getRuntime().availableProcessors() - 1), "/jdk/bin/java");
        assertThat(command).contains("-XX:TieredStopAtLevel=1");
        assertThat(new CpuLimit(2).prefix(8)).endsWith("-c", "6-7");
        assertThat(CpuLimit.NONE.prefix(8)).isEmpty();
    }
}
