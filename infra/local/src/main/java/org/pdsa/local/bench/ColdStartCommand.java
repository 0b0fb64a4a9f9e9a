package org.pdsa.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pdsa.local.lambda.CpuLimit;
import org.pdsa.local.lambda.DeploymentPackage;
import org.pdsa.local.lambda.FunctionRunner;
import org.pdsa.local.lambda.InitType;
import org.pdsa.local.template.SamTemplate;
import org.pdsa.local.template.TemplateFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code ./pdsa bench coldstart}: Lambda cold starts of the functions, each in a fresh JVM under the runtime client. */
@Command(name = "coldstart", mixinStandardHelpOptions = true,
        description = {"Cold starts of the Lambda functions of template.yaml: for each function and run, a fresh JVM "
                + "with Lambda's flags under the Lambda runtime interface client, against the local Runtime API emulator "
                + "and a local stack.",
                "Prints init (JVM start to the runtime's first /next), the first and the second event's round "
                        + "trips, and each function's medians against the target (init + first event <= 1 s)."})
public final class ColdStartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--function", paramLabel = "NAME",
            description = "Only this function of template.yaml (logical id, Handler string or handler class name);"
                    + " repeatable. Default: all.")
    List<String> functions = List.of();

    @Option(names = "--runs", defaultValue = "3", description = "Fresh JVMs per function (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmup", defaultValue = "1",
            description = "Uncounted runs first, while this JVM itself warms up (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--memory", paramLabel = "MB",
            description = "Function memory; sizes the heap as Lambda does (default: each function's MemorySize in template.yaml).")
    Integer memoryMb;

    @Option(names = "--artifact", paramLabel = "ZIP",
            description = "The deployment package (default: functions/target/pdsa-functions-lambda.zip).")
    Path artifact;

    @Option(names = "--compare", paramLabel = "ZIP",
            description = "A second deployment package (B) measured against --artifact (A) in the same sitting: each"
                    + " run starts both, A then B or B then A in turn, so drift in the machine's speed weighs on both;"
                    + " prints each one's medians and the median of the paired differences B - A.")
    Path compare;

    @Option(names = "--java", paramLabel = "PATH", description = "Another java executable (default: this JVM's).")
    Path java;

    @Option(names = "--runtime", paramLabel = "NAME",
            description = "The Lambda runtime the java stands for, e.g. java21 (default: javaNN of the java used).")
    String runtime;

    @Option(names = "--cpus", paramLabel = "N",
            description = "Confine each function JVM to N of this machine's CPUs (taskset). Lambda gives an on-demand"
                    + " init one full vCPU: --cpus 1 models it; the default, all CPUs, lets JIT and GC threads overlap"
                    + " the code and so flatters the figures.")
    Integer cpus;

    @Option(names = "--snap-start",
            description = "Initialise as SnapStart does: before-checkpoint hooks, then the snapshot point (reported).")
    boolean snapStart;

    @Override
    public Integer call() throws Exception {
        Path zip = artifact != null ? artifact : DeploymentPackage.locate();
        if (compare != null && !Files.isRegularFile(compare)) {
            throw new ParameterException(spec.commandLine(), "--compare " + compare + ": no such file");
        }
        SamTemplate template = SamTemplate.locate();
        List<String> chosen = selected(template);
        FunctionRunner runner = FunctionRunner.create()
                .withInitType(snapStart ? InitType.SNAP_START : InitType.ON_DEMAND);
        if (java != null) {
            runner = runner.withJava(java, runtime != null ? runtime : "java");
        }
        CpuLimit cpuLimit = CpuLimit.NONE;
        if (cpus != null) {
            try {
                cpuLimit = CpuLimit.of(cpus);
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ParameterException(spec.commandLine(), "--cpus " + cpus + ": " + e.getMessage());
            }
            runner = runner.withCpus(cpuLimit);
        }
        System.out.printf("Cold start: %s (%.1f MB), java %s, %s, %s of %d, %s init, %d fresh JVM(s) per function"
                        + " after %d uncounted warm-up run(s)%n",
                zip, Files.size(zip) / 1_000_000.0, java != null ? java : System.getProperty("java.home"),
                memoryMb == null ? "memory from template.yaml" : memoryMb + " MB", cpuLimit,
                Runtime.getRuntime().availableProcessors(),
                snapStart ? InitType.SNAP_START.value() : InitType.ON_DEMAND.value(), runs, warmups);
        if (compare != null) {
            System.out.printf("A = %s, B = %s (%.1f MB), run by run in turn%n", zip, compare,
                    Files.size(compare) / 1_000_000.0);
        }
        System.out.println("Functions of " + template.file() + " on a local stack of their own (dynalite, local engine,"
                + " Secrets Manager and OAuth stand-in); a worker's event is one poll (an activation answers at once when no job waits).");
        try (ColdStartFunctions deployed = ColdStartFunctions.deploy(template, chosen, zip, line -> { })) {
            ColdStartReport report = new ColdStartReport(System.out, snapStart);
            report.header();
            ColdStartBenchmark benchmark = new ColdStartBenchmark(runner, memoryMb);
            List<ColdStartResult> results;
            if (compare == null) {
                results = benchmark.run(deployed.targets(), warmups, runs, report::row);
                report.summary(results);
            } else {
                List<ColdStartPair> pairs = benchmark.compare(deployed.targets(), compare, warmups, runs, report::row);
                results = pairs.stream().flatMap(pair -> Stream.of(pair.baseline(), pair.candidate())).toList();
                report.summary(results);
                report.comparison(pairs);
            }
            return results.stream().allMatch(result -> result.error().isEmpty()) ? 0 : 1;
        }
    }

    /** Logical ids of the functions asked for, in template order; an unknown name is a usage error. */
    private List<String> selected(SamTemplate template) {
        List<TemplateFunction> all = template.functions();
        if (functions.isEmpty()) {
            return all.stream().map(TemplateFunction::logicalId).toList();
        }
        List<String> chosen = all.stream().filter(function -> functions.stream().anyMatch(wanted ->
                        function.logicalId().equals(wanted) || function.handler().equals(wanted)
                                || function.handlerClass().equals(wanted) || simpleName(function.handler()).equals(wanted)))
                .map(TemplateFunction::logicalId).toList();
        if (chosen.size() < functions.size()) {
            throw new ParameterException(spec.commandLine(),
                    "Unknown function in " + functions + "; known: " + all.stream().map(TemplateFunction::logicalId)
                            .collect(Collectors.joining(", ")));
        }
        return chosen;
    }

    private static String simpleName(String handler) {
        String className = handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
