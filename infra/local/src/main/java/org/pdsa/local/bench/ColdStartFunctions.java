package org.pdsa.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.StackConfig;
import org.pdsa.local.template.CredentialsStandIn;
import org.pdsa.local.template.LocalDeployment;
import org.pdsa.local.template.SamTemplate;
import org.pdsa.local.template.SampleData;
import org.pdsa.local.template.SampleEvents;
import org.pdsa.local.template.SampleWorkflows;
import org.pdsa.local.template.TemplateFunction;

/**
 * The functions the benchmark measures: every function of template.yaml, deployed to a local stack of its
 * own (dynalite with the sample data, the local engine with one sample process per job type, the Secrets
 * Manager and OAuth stand-in), each with its sample event. Closing stops that stack.
 */
public final class ColdStartFunctions implements AutoCloseable {

    private final LocalStack stack;
    private final CredentialsStandIn credentials;
    private final Path scratch;
    private final List<ColdStartTarget> targets;

    private ColdStartFunctions(LocalStack stack, CredentialsStandIn credentials, Path scratch, List<ColdStartTarget> targets) {
        this.stack = stack;
        this.credentials = credentials;
        this.scratch = scratch;
        this.targets = targets;
    }

    /** Starts the stack on free ports and resolves {@code functions} (logical ids of the template) for it. */
    public static ColdStartFunctions deploy(SamTemplate template, List<String> functions, Path artifact,
                                            Consumer<String> progress) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("pdsa-coldstart-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path repository = template.file().toAbsolutePath().getParent();
        List<String> jobTypes = template.functions().stream().filter(f -> f.httpRoutes().isEmpty())
                .map(f -> SampleEvents.jobTypeOf(template, f)).flatMap(java.util.Optional::stream).toList();
        Path workflows = scratch.resolve("workflows");
        SampleWorkflows.write(workflows, jobTypes);
        StackConfig config = StackConfig.ephemeral(scratch, repository, EngineLaunchers.local())
                .withWorkflowsDir(workflows).withExtraServices(List.of());
        LocalStack stack = LocalStack.start(config, progress);
        CredentialsStandIn credentials = null;
        try {
            SampleData.write(stack.store());
            credentials = CredentialsStandIn.start();
            LocalDeployment deployment = new LocalDeployment(stack.dynamoEndpoint(), stack.store().tableName(),
                    stack.engineAddress(), credentials.endpoint(), credentials.secretArn());
            List<ColdStartTarget> targets = functions.stream().map(template::function)
                    .map(function -> target(template, function, deployment, artifact)).toList();
            return new ColdStartFunctions(stack, credentials, scratch, targets);
        } catch (RuntimeException e) {
            if (credentials != null) {
                credentials.close();
            }
            stack.close();
            throw e;
        }
    }

    private static ColdStartTarget target(SamTemplate template, TemplateFunction function, LocalDeployment deployment,
                                          Path artifact) {
        return new ColdStartTarget(deployment.function(template, function, artifact),
                SampleEvents.eventFor(template, function, Instant.now()));
    }

    public List<ColdStartTarget> targets() {
        return targets;
    }

    @Override
    public void close() {
        try {
            credentials.close();
            stack.close();
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                // a leftover temp folder is harmless
            }
        }
    }
}
