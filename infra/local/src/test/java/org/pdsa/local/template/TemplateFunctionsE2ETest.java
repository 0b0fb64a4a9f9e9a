package org.pdsa.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pdsa.local.lambda.DeploymentPackage;
import org.pdsa.local.lambda.FunctionRunner;
import org.pdsa.local.lambda.FunctionSpec;
import org.pdsa.local.lambda.InvocationResult;
import org.pdsa.local.lambda.RunningFunction;
import org.pdsa.local.stack.EngineLaunchers;
import org.pdsa.local.stack.LocalStack;
import org.pdsa.local.stack.testing.LocalStackExtension;

/**
 * The runtime-client test of issue 4: every function of template.yaml started from the packaged zip, with
 * the template's own Handler string and Environment (evaluated for the local stack: the table on dynalite,
 * the local engine as the Camunda cluster, the credentials read from a Secrets Manager stand-in and a token
 * fetched from its OAuth endpoint), in its own JVM under the real Lambda runtime interface client, and
 * invoked with a real event: API functions an API Gateway HTTP API event of one of their routes, workers
 * the event of their schedule, after a job of their type was created.
 */
class TemplateFunctionsE2ETest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @RegisterExtension
    static final LocalStackExtension STACK = LocalStackExtension.withEngine(EngineLaunchers.local())
            .withWorkflows(scratch -> {
                Path dir = scratch.resolve("sample-workflows");
                SampleWorkflows.write(dir, jobTypes());
                return dir;
            })
            // the worker functions under test take the jobs, not the stack's in-process workers
            .withoutExtraServices();

    @TempDir
    static Path workDir;

    private static CredentialsStandIn credentials;
    private static LocalDeployment deployment;
    private static FunctionRunner runner;
    private static Path artifact;

    @BeforeAll
    static void deploy() {
        LocalStack stack = STACK.stack();
        SampleData.write(stack.store());
        credentials = CredentialsStandIn.start();
        deployment = new LocalDeployment(stack.dynamoEndpoint(), stack.store().tableName(), stack.engineAddress(),
                credentials.endpoint(), credentials.secretArn());
        runner = FunctionRunner.create().withWorkDir(workDir);
        artifact = DeploymentPackage.locate();
    }

    @AfterAll
    static void stopCredentials() {
        if (credentials != null) {
            credentials.close();
        }
    }

    static Stream<String> functions() {
        return TEMPLATE.functions().stream().map(TemplateFunction::logicalId);
    }

    static List<String> jobTypes() {
        return TEMPLATE.functions().stream().filter(f -> f.httpRoutes().isEmpty())
                .map(f -> SampleEvents.jobTypeOf(TEMPLATE, f).orElseThrow()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("functions")
    void shouldAnswerARealEventFromThePackageUnderTheRuntimeClient(String logicalId) throws Exception {
        // given the function as template.yaml defines it
        TemplateFunction function = TEMPLATE.function(logicalId);
        FunctionSpec spec = deployment.function(TEMPLATE, function, artifact);

        try (RunningFunction running = runner.start(spec)) {
            assertThat(running.isReady()).as("%s initialised; log:%n%s", logicalId, running.log()).isTrue();
            if (function.httpRoutes().isEmpty()) {
                answersItsSchedule(function, running);
            } else {
                answersItsRoute(function, running);
            }
        }
    }

    @Test
    void shouldReadTheCamundaCredentialsFromTheSecretAndSignIn() throws Exception {
        // given a function that talks to Camunda, started as template.yaml defines it
        TemplateFunction tasks = TEMPLATE.functions().stream()
                .filter(f -> f.httpRoutes().stream().anyMatch(r -> r.key().equals("GET /tasks"))).findFirst().orElseThrow();
        int reads = credentials.secretReads();
        int tokens = credentials.tokensIssued();

        String log;
        try (RunningFunction running = runner.start(deployment.function(TEMPLATE, tasks, artifact))) {
            // when it answers GET /tasks, which searches the engine's user tasks
            answersItsRoute(tasks, running);
            log = running.log();
        }

        // then it read the secret and fetched a token with the credentials it holds
        assertThat(credentials.secretReads()).as(log).isGreaterThan(reads);
        assertThat(credentials.tokensIssued()).as(log).isGreaterThan(tokens);
    }

    @Test
    void shouldPrimeTheCamundaClientBeforeTheSnapshotUnderSnapStart() {
        // given a worker, whose priming signs in to Camunda and reads the table before the snapshot
        TemplateFunction worker = TEMPLATE.functions().stream().filter(f -> f.httpRoutes().isEmpty()).findFirst()
                .orElseThrow();
        FunctionSpec spec = deployment.function(TEMPLATE, worker, artifact);

        // when it starts on demand, then under SnapStart
        int before = credentials.tokensIssued();
        try (RunningFunction onDemand = runner.start(spec)) {
            assertThat(onDemand.isReady()).isTrue();
        }
        int afterOnDemand = credentials.tokensIssued();
        try (RunningFunction snapStart = runner.withInitType(org.pdsa.local.lambda.InitType.SNAP_START).start(spec)) {
            // then each signed in once before any event: on demand during init (every poll needs the token),
            // under SnapStart before the snapshot point
            assertThat(snapStart.snapshotDuration()).isPresent();
            assertThat(afterOnDemand).isEqualTo(before + 1);
            assertThat(credentials.tokensIssued()).as(snapStart.log()).isEqualTo(afterOnDemand + 1);
        }
    }

    private static void answersItsRoute(TemplateFunction function, RunningFunction running) throws Exception {
        SampleEvents.SampleRequest request = SampleEvents.requestFor(function).orElseThrow();
        for (int attempt = 1; attempt <= 2; attempt++) {
            InvocationResult result = running.invoke(SampleEvents.httpEvent(request, Instant.now()));
            assertThat(result).as("%s %s, invocation %d; log:%n%s", function.logicalId(), request.routeKey(), attempt,
                    running.log()).isInstanceOf(InvocationResult.Success.class);
            JsonNode response = JSON.readTree(((InvocationResult.Success) result).payload());
            assertThat(response.path("statusCode").asInt()).as("%s: %s", request.routeKey(), response)
                    .isEqualTo(request.status());
            assertThat(response.path("headers").path("Content-Type").asText()).startsWith("application/json");
            JsonNode body = JSON.readTree(response.path("body").asText());
            assertThat(body.isContainerNode()).as(response.toString()).isTrue();
            answerHolds(request.routeKey(), body);
        }
    }

    /** What each sampled route answers from the sample data. */
    private static void answerHolds(String routeKey, JsonNode body) {
        switch (routeKey) {
            case "GET /health" -> assertThat(body.path("status").asText()).isEqualTo("ok");
            case "POST /analyses/spc" -> assertThat(body.toString()).contains("\"points\"");
            case "GET /programmes/{id}" -> {
                assertThat(body.path("id").asText()).isEqualTo(SampleData.PROGRAMME);
                assertThat(body.path("cycles").toString()).contains(SampleData.CYCLE);
            }
            case "GET /cycles/{id}" -> assertThat(body.toString()).contains(SampleData.CYCLE);
            case "POST /providers/{id}/measurements" -> assertThat(body.toString()).contains(SampleData.MEASURE);
            case "GET /tasks" -> assertThat(body.path("tasks").isArray()).as(body.toString()).isTrue();
            default -> throw new AssertionError("no expectation for " + routeKey);
        }
    }

    private static void answersItsSchedule(TemplateFunction function, RunningFunction running) throws Exception {
        // given one job of the function's type waiting in the engine
        String jobType = SampleEvents.jobTypeOf(TEMPLATE, function).orElseThrow();
        STACK.stack().camundaClient().newCreateInstanceCommand().bpmnProcessId(SampleWorkflows.processId(jobType))
                .latestVersion().send().join();

        // when its schedule fires, twice
        JsonNode first = summary(function, running);
        JsonNode second = summary(function, running);

        // then the first run took the job and settled it (the sample job has none of the contract's variables,
        // so the handler refuses it: a failure or a BPMN error, never a job left hanging), the second found none
        assertThat(first.path("jobType").asText()).as(first.toString()).isEqualTo(jobType);
        assertThat(first.path("activated").asInt()).as(first.toString()).isEqualTo(1);
        assertThat(first.path("completed").asInt() + first.path("failed").asInt() + first.path("errors").asInt())
                .as(first.toString()).isEqualTo(1);
        assertThat(first.path("refused").asInt()).as(first.toString()).isZero();
        assertThat(second.path("activated").asInt()).as(second.toString()).isZero();
        assertThat(second.path("stoppedBecause").asText()).isEqualTo("no-jobs");
    }

    private static JsonNode summary(TemplateFunction function, RunningFunction running) throws Exception {
        InvocationResult result = running.invoke(SampleEvents.schedulerEvent(TEMPLATE, function, Instant.now()));
        assertThat(result).as("%s; log:%n%s", function.logicalId(), running.log()).isInstanceOf(InvocationResult.Success.class);
        return JSON.readTree(((InvocationResult.Success) result).payload());
    }

}
