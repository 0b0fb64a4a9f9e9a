package org.pdsa.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.pdsa.local.lambda.DeploymentPackage;
import org.pdsa.local.lambda.FunctionRunner;
import org.pdsa.local.lambda.InitType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./pdsa bench coldstart}: Lambda cold starts of the functions, each in a fresh JVM under the runtime client. */
@Command(name = "coldstart", mixinStandardHelpOptions = true,
        description = {"Cold starts of the Lambda functions: for each function and run, a fresh JVM with Lambda's "
                + "flags under the Lambda runtime interface client, against the local Runtime API emulator.",
                "Prints init (JVM start to the runtime's first /next), the first and the second event's round "
                        + "trips, and each function's medians against the target (init + first event <= 1 s)."})
public final class ColdStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--function", paramLabel = "HANDLER",
            description = "Only this function (its Handler string or class name); repeatable. Default: all.")
    List<String> functions = List.of();

    @Option(names = "--runs", defaultValue = "3", description = "Fresh JVMs per function (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "1",
            description = "Uncounted runs first, while this JVM itself warms up (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--memory", defaultValue = "512", paramLabel = "MB",
            description = "Function memory; sizes the heap as Lambda does (default: ${DEFAULT-VALUE}).")
    int memoryMb;

    @Option(names = "--artifact", paramLabel = "ZIP",
            description = "The deployment package (default: functions/target/pdsa-functions-lambda.zip).")
    Path artifact;

    @Option(names = "--java", paramLabel = "PATH", description = "Another java executable (default: this JVM's).")
    Path java;

    @Option(names = "--runtime", paramLabel = "NAME",
            description = "The Lambda runtime the java stands for, e.g. java21 (default: javaNN of the java used).")
    String runtime;

    @Option(names = "--snap-start",
            description = "Initialise as SnapStart does: before-checkpoint hooks, then the snapshot point (reported).")
    boolean snapStart;

    @Override
    public Integer call() throws Exception {
        Path zip = artifact != null ? artifact : DeploymentPackage.locate();
        List<ColdStartTarget> targets = selected();
        FunctionRunner runner = FunctionRunner.create()
                .withInitType(snapStart ? InitType.SNAP_START : InitType.ON_DEMAND);
        if (java != null) {
            runner = runner.withJava(java, runtime != null ? runtime : "java");
        }
        System.out.printf("Cold start: %s (%.1f MB), java %s, %d MB, %s init, %d fresh JVM(s) per function"
                        + " after %d uncounted warm-up run(s)%n",
                zip, Files.size(zip) / 1_000_000.0, java != null ? java : System.getProperty("java.home"), memoryMb,
                snapStart ? InitType.SNAP_START.value() : InitType.ON_DEMAND.value(), runs, warmups);
        ColdStartReport report = new ColdStartReport(System.out, snapStart);
        report.header();
        List<ColdStartResult> results = new ColdStartBenchmark(runner, memoryMb)
                .run(targets, zip, warmups, runs, report::row);
        report.summary(results);
        return results.stream().allMatch(result -> result.error().isEmpty()) ? 0 : 1;
    }

    private List<ColdStartTarget> selected() {
        List<ColdStartTarget> all = ColdStartFunctions.all();
        if (functions.isEmpty()) {
            return all;
        }
        List<ColdStartTarget> chosen = all.stream().filter(target -> functions.stream().anyMatch(
                wanted -> target.handler().equals(wanted) || target.handler().startsWith(wanted + "::")
                        || simpleName(target.handler()).equals(wanted))).toList();
        if (chosen.size() < functions.size()) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown function in " + functions + "; known: " + all.stream().map(ColdStartTarget::handler)
                            .collect(Collectors.joining(", ")));
        }
        return chosen;
    }

    private static String simpleName(String handler) {
        String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
