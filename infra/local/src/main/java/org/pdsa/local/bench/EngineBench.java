package org.pdsa.local.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pdsa.local.engine.EngineConfig;
import org.pdsa.local.engine.LocalEngine;

/**
 * The engine benchmark, loaded like shared/anchors loads Operaton and Flowable. {@code run} (in a
 * child JVM with {@link BenchSettings#JVM_FLAGS}) measures throughput and latencies, then heap
 * with 10,000 waiting instances, then a fresh JVM's time to serve them ({@code probe}).
 */
public final class EngineBench {
    private static final Pattern TOTAL = Pattern.compile("\"totalItems\"\\s*:\\s*(\\d+)");

    private EngineBench() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (args.length > 0 && args[0].equals("run")) {
            System.exit(run(BenchSettings.fromArgs(Arrays.asList(args).subList(1, args.length))));
        } else if (args.length == 2 && args[0].equals("probe")) {
            probe(Path.of(args[1]));
        } else {
            throw new IllegalArgumentException("usage: EngineBench run <settings> | probe <data dir>");
        }
    }

    /** Runs {@code run} in a child JVM with the benchmark's JVM flags; returns the result line (or null). */
    public static BenchResult runChild(BenchSettings settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of(EngineBench.class.getName(), "run"));
        command.addAll(settings.asArgs());
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        BenchResult result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("RESULT ")) result = BenchResult.parse(line.substring(7));
                else System.out.println(line);
            }
        }
        int rc = child.waitFor();
        if (rc != 0) System.out.println("engine benchmark child failed with exit code " + rc);
        return result;
    }

    private static int run(BenchSettings settings) throws Exception {
        Path dir = Files.createTempDirectory("pdsa-engine-bench");
        LocalEngine engine = LocalEngine.start(EngineConfig.defaults().withPort(0).withDataDirectory(dir));
        CamundaClient client = CamundaClient.newClientBuilder().restAddress(engine.restAddress())
                .numJobWorkerExecutionThreads(settings.workerThreads()).build();
        client.newDeployResourceCommand().addResourceFromClasspath("org/pdsa/local/bench/reference.bpmn")
                .addResourceFromClasspath("org/pdsa/local/bench/wait.bpmn").send().join();

        ReferenceLoad.Result load = new ReferenceLoad(client, engine.jobLatency(), settings).run();

        long idleHeap = Machine.heapAfterGc();
        long t0 = System.nanoTime();
        createWaiting(client, settings);
        double createSeconds = (System.nanoTime() - t0) / 1e9;
        long waitingHeap = Machine.heapAfterGc();
        long counted = client.newProcessInstanceSearchRequest()
                .filter(f -> f.processDefinitionId("wait").state(ProcessInstanceState.ACTIVE))
                .send().join().page().totalItems();
        client.close();
        engine.close();

        double restartSeconds = timeFreshJvm(dir, counted);
        BenchResult result = new BenchResult(load.completed() / load.seconds(), Machine.percentileMillis(load.latenciesNanos(), 0.5),
                Machine.percentileMillis(load.latenciesNanos(), 0.99), load.jobP50(), load.jobP99(), load.errors(),
                load.wrongRoutes(), waitingHeap >> 20, restartSeconds, counted);
        System.out.printf("    window: %d instances in %.0f s (CPU %.2f cores of %d, %.2f ms CPU per instance), %d jobs handed out"
                        + " in %d activation answers, unfinished after drain %d%n",
                load.completed(), load.seconds(), load.cpuCores(), Runtime.getRuntime().availableProcessors(),
                load.cpuCores() * 1000 * load.seconds() / Math.max(1, load.completed()), load.jobsRecorded(), load.batches(), load.stuck());
        System.out.printf("    waiting: heap before %d MB, %d created in %.1f s, %d counted before the restart%n",
                idleHeap >> 20, settings.waiting(), createSeconds, counted);
        System.out.println("RESULT " + result.format());
        LocalEngineFiles.deleteRecursively(dir);
        return 0;
    }

    private static void createWaiting(CamundaClient client, BenchSettings settings) throws InterruptedException {
        ExecutorService creators = Executors.newFixedThreadPool(settings.starters());
        AtomicInteger toCreate = new AtomicInteger(settings.waiting());
        for (int i = 0; i < settings.starters(); i++) {
            creators.submit(() -> {
                while (toCreate.getAndDecrement() > 0) {
                    client.newCreateInstanceCommand().bpmnProcessId("wait").latestVersion().send().join();
                }
                return null;
            });
        }
        creators.shutdown();
        creators.awaitTermination(10, TimeUnit.MINUTES);
    }

    /** Starts a fresh JVM on the data directory; seconds until its search counts {@code expected} waiting instances. */
    private static double timeFreshJvm(Path dir, long expected) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(javaCommand());
        command.addAll(List.of(EngineBench.class.getName(), "probe", dir.toString()));
        long t0 = System.nanoTime();
        Process probe = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            int port = readPort(probe.getInputStream());
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest search = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v2/process-instances/search"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"filter\":{\"processDefinitionId\":\"wait\",\"state\":\"ACTIVE\"},\"page\":{\"limit\":1}}"))
                    .build();
            while (true) {
                HttpResponse<String> response = http.send(search, HttpResponse.BodyHandlers.ofString());
                Matcher m = TOTAL.matcher(response.body());
                if (response.statusCode() == 200 && m.find() && Long.parseLong(m.group(1)) >= expected) break;
                Thread.sleep(1);
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            probe.getOutputStream().close(); // the probe exits when its stdin closes
            if (!probe.waitFor(30, TimeUnit.SECONDS)) probe.destroyForcibly();
        }
    }

    private static int readPort(InputStream out) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(out, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.startsWith("PROBE-PORT ")) return Integer.parseInt(line.substring(11).trim());
        }
        throw new IOException("the probe JVM ended before it listened");
    }

    /** The fresh JVM: serve the data directory until stdin closes. */
    private static void probe(Path dir) throws IOException {
        LocalEngine engine = LocalEngine.start(EngineConfig.defaults().withPort(0).withDataDirectory(dir));
        System.out.println("PROBE-PORT " + engine.port());
        System.out.flush();
        while (System.in.read() >= 0) {
            // wait for the parent to close our stdin
        }
        engine.close();
    }

    static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BenchSettings.JVM_FLAGS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        return command;
    }

    static String jvmDescription() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, flags " + BenchSettings.JVM_FLAGS
                + " (this JVM: " + ManagementFactory.getRuntimeMXBean().getInputArguments() + ")";
    }
}
