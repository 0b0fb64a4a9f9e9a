package org.pdsa.local.deploy;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.DeploymentEvent;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pdsa.camunda.CamundaClients;
import org.pdsa.camunda.CamundaEnvironment;
import org.pdsa.camunda.CamundaSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./pdsa deploy FILE.bpmn|DIR}: deploys BPMN, DMN and forms to the Camunda 8 cluster the environment names. */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = {"Deploy BPMN processes, DMN decisions and Camunda Forms (a file, or every one in a folder) as one"
                + " deployment to the Camunda 8 cluster the environment points at; the local engine by default.",
                "Cluster: CAMUNDA_REST_ADDRESS (default http://localhost:8080), and for SaaS or Self-Managed with"
                        + " sign-in CAMUNDA_CLIENT_ID, CAMUNDA_CLIENT_SECRET, CAMUNDA_OAUTH_URL, CAMUNDA_TOKEN_AUDIENCE"
                        + " (or CAMUNDA_CREDENTIALS_SECRET_ARN: the same keys read from AWS Secrets Manager).",
                "Every BPMN file is checked first: only elements Camunda 8.8 runs (exit 2 otherwise, nothing deployed).",
                "Exit codes: 0 deployed, 1 the cluster refused or could not be reached, 2 bad input."})
public final class DeployCommand implements Callable<Integer> {

    static final int REFUSED = 1;
    static final int BAD_INPUT = 2;

    @Parameters(paramLabel = "FILE.bpmn|DIR", description = "What to deploy, e.g. workflows/")
    Path path;

    @Option(names = "--rest-address", paramLabel = "URL",
            description = "The cluster's REST address (default: CAMUNDA_REST_ADDRESS, else http://localhost:8080).")
    URI restAddress;

    @Option(names = "--check", description = "Only check the files; deploy nothing.")
    boolean checkOnly;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> environment;

    public DeployCommand() {
        this(System.out, System.err, System.getenv());
    }

    DeployCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<Path> files;
        try {
            files = DeploymentFiles.of(path);
        } catch (IllegalArgumentException e) {
            err.println("deploy: " + e.getMessage());
            return BAD_INPUT;
        }
        List<String> problems = check(files);
        if (!problems.isEmpty()) {
            err.println("deploy: nothing deployed; these elements are not among those Camunda 8.8 runs here:");
            problems.forEach(problem -> err.println("  " + problem));
            return BAD_INPUT;
        }
        if (checkOnly) {
            out.println("checked " + files.size() + " file(s): every BPMN element is one Camunda 8.8 runs");
            return 0;
        }
        CamundaSettings settings;
        try {
            settings = settings();
        } catch (RuntimeException e) {
            err.println("deploy: cannot configure the Camunda client: " + e.getMessage());
            return BAD_INPUT;
        }
        try (CamundaClient client = CamundaClients.create(settings)) {
            Path base = java.nio.file.Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
            var command = client.newDeployResourceCommand()
                    .addResourceBytes(read(files.get(0)), resourceName(base, files.get(0)));
            for (Path file : files.subList(1, files.size())) {
                command = command.addResourceBytes(read(file), resourceName(base, file));
            }
            print(command.send().join(), settings.restAddress());
            return 0;
        } catch (java.io.UncheckedIOException e) {
            err.println("deploy: " + e.getMessage());
            return BAD_INPUT;
        } catch (ProblemException e) {
            err.println("deploy: " + settings.restAddress() + " refused the deployment (" + e.code() + "): "
                    + (e.details() != null && e.details().getDetail() != null ? e.details().getDetail() : e.getMessage()));
            return REFUSED;
        } catch (ClientException e) {
            err.println("deploy: cannot reach Camunda at " + settings.restAddress() + " (" + rootMessage(e) + ")."
                    + " Start the local stack with ./pdsa up, or set CAMUNDA_REST_ADDRESS and the client credentials.");
            return REFUSED;
        }
    }

    /** The name the cluster shows: the path inside the folder deployed ({@code forms/plan-cycle.form}). */
    static String resourceName(Path base, Path file) {
        return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static byte[] read(Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }

    private List<String> check(List<Path> files) {
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            if (!file.toString().endsWith(".bpmn")) {
                continue;
            }
            try {
                Camunda88Elements.outsideTheAllowList(Bpmn.readModelFromFile(file.toFile()))
                        .forEach(element -> problems.add(file + ": " + element));
            } catch (RuntimeException e) {
                problems.add(file + ": not readable BPMN: " + rootMessage(e));
            }
        }
        return problems;
    }

    private CamundaSettings settings() {
        CamundaSettings fromEnvironment = CamundaEnvironment.settings(environment,
                new org.pdsa.camunda.SecretsManagerReader());
        if (restAddress == null) {
            return fromEnvironment;
        }
        return new CamundaSettings(restAddress, fromEnvironment.grpcAddress(), fromEnvironment.clientId(),
                fromEnvironment.clientSecret(), fromEnvironment.oauthUrl(), fromEnvironment.audience(),
                fromEnvironment.scope());
    }

    private void print(DeploymentEvent deployment, URI address) {
        out.println("deployed to " + address + " (deployment " + deployment.getKey() + ", tenant "
                + deployment.getTenantId() + ")");
        deployment.getProcesses().forEach(p -> out.printf("  process  %-28s version %-3d key %d  (%s)%n",
                p.getBpmnProcessId(), p.getVersion(), p.getProcessDefinitionKey(), p.getResourceName()));
        deployment.getDecisions().forEach(d -> out.printf("  decision %-28s version %-3d key %d%n",
                d.getDmnDecisionId(), d.getVersion(), d.getDecisionKey()));
        deployment.getForm().forEach(f -> out.printf("  form     %-28s version %-3d key %d  (%s)%n",
                f.getFormId(), f.getVersion(), f.getFormKey(), f.getResourceName()));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
