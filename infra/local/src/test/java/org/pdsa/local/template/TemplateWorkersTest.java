package org.pdsa.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pdsa.workers.JobTypes;

/** The job-type workers of template.yaml: one per job type of the workflows, each polled by its own schedule. */
class TemplateWorkersTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @Test
    void shouldScheduleOneWorkerPerJobTypeOfTheContractAndTheWorkflows() throws IOException {
        // given the job types the schedules name, the contract's and the ones workflows/ uses
        Set<String> scheduled = new TreeSet<>();
        for (TemplateFunction worker : workers()) {
            scheduled.add(SampleEvents.jobTypeOf(TEMPLATE, worker).orElseThrow(
                    () -> new AssertionError(worker.logicalId() + ": its schedule's Input names no jobType")));
        }

        // then they are one and the same set, one worker each
        assertThat(workers()).hasSize(JobTypes.ALL.size());
        assertThat(scheduled).containsExactlyInAnyOrderElementsOf(JobTypes.ALL);
        assertThat(scheduled).containsExactlyInAnyOrderElementsOf(workflowJobTypes());
    }

    @Test
    void shouldInvokeEachWorkersLiveAliasOnTheScheduleParameter() {
        for (TemplateFunction worker : workers()) {
            String schedule = SampleEvents.scheduleOf(TEMPLATE, worker);
            Map<String, Object> properties = SamTemplate.map(TEMPLATE.resource(schedule).get("Properties"), schedule);
            assertThat(properties.get("ScheduleExpression")).isEqualTo(Map.of("Ref", "WorkerSchedule"));
            Map<String, Object> target = SamTemplate.map(properties.get("Target"), schedule);
            assertThat(target.get("RoleArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("WorkerSchedulerRole", "Arn")));
            assertThat(worker.property("AutoPublishAlias")).isEqualTo("live");
        }
    }

    @Test
    void shouldLetTheSchedulerInvokeTheWorkersAliasesAndNothingElse() {
        Map<String, Object> role = SamTemplate.map(TEMPLATE.resource("WorkerSchedulerRole").get("Properties"), "role");
        assertThat(role.toString()).contains("scheduler.amazonaws.com");
        List<?> policies = (List<?>) role.get("Policies");
        assertThat(policies).hasSize(1);
        Map<String, Object> document = SamTemplate.map(SamTemplate.map(policies.get(0), "policy").get("PolicyDocument"), "doc");
        List<?> statements = (List<?>) document.get("Statement");
        assertThat(statements).hasSize(1);
        Map<String, Object> statement = SamTemplate.map(statements.get(0), "statement");
        assertThat(statement).containsEntry("Effect", "Allow").containsEntry("Action", "lambda:InvokeFunction");
        List<Object> resources = List.copyOf((List<?>) statement.get("Resource"));
        List<Object> aliases = workers().stream().map(w -> (Object) Map.of("Ref", w.logicalId() + ".Alias")).toList();
        assertThat(resources).containsExactlyInAnyOrderElementsOf(aliases);
    }

    @Test
    void shouldStopEachWorkerWellBeforeTheNextScheduleAndAfterItsSafetyMargin() {
        for (TemplateFunction worker : workers()) {
            // the poller keeps 10 s in hand (PollSettings.DEFAULTS); the schedule's default rate is a minute
            assertThat(worker.timeout()).as(worker.logicalId()).isBetween(20, 60);
        }
    }

    private static List<TemplateFunction> workers() {
        return TEMPLATE.functions().stream().filter(f -> f.httpRoutes().isEmpty() && !f.handler().startsWith("org.pdsa.api."))
                .toList();
    }

    private static Set<String> workflowJobTypes() throws IOException {
        Path workflows = TEMPLATE.file().resolveSibling("workflows");
        Set<String> types = new TreeSet<>();
        try (Stream<Path> files = Files.list(workflows)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(ZeebeTaskDefinition.class)
                        .forEach(definition -> types.add(definition.getType()));
            }
        }
        return types;
    }
}
