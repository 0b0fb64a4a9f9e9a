package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.ErrorEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pdsa.local.workflows.BpmnExpressions.Expression;
import org.pdsa.local.workflows.BpmnExpressions.Mapping;
import org.pdsa.local.workflows.BpmnExpressions.Scope;
import org.pdsa.local.workflows.BpmnExpressions.Target;

/** The BPMN against workflows/README.md: every variable read or written is in the contract, and the FEEL computes it. */
class WorkflowContractTest {

    private static final Pattern COMPARISON = Pattern.compile("\\b([A-Za-z][A-Za-z0-9]*) = \"([^\"]*)\"");
    private static final WorkflowsFolder FOLDER = WorkflowsFolder.locate();
    private static final VariableContract CONTRACT = VariableContract.read(FOLDER);
    private static final BpmnExpressions CYCLE = BpmnExpressions.of(fileOf("pdsa-cycle"));
    private static final BpmnExpressions PROGRAMME = BpmnExpressions.of(fileOf("improvement-programme"));

    static Stream<Path> bpmnFiles() {
        return FOLDER.bpmnFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldReadOnlyVariablesOfTheContractInValidFeel(Path file) {
        // given every FEEL expression of the file (mappings, timers, conditions, assignments, schedules...)
        BpmnExpressions found = BpmnExpressions.of(file);
        assertThat(found.expressions()).isNotEmpty();
        for (Expression e : found.expressions()) {
            // when it is parsed by feel-engine
            Set<String> read = FeelExpressions.variablesIn(e.feel(), e.where());
            // then it reads only variables of the contract of the process it is evaluated in
            assertThat(read).as("variables read by %s: %s", e.where(), e.feel()).isSubsetOf(contractOf(file, e.scope()));
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldWriteOnlyVariablesOfTheContract(Path file) {
        BpmnExpressions found = BpmnExpressions.of(file);
        for (Target t : found.targets()) {
            assertThat(t.name()).as("%s %s", t.elementId(), t.location()).isIn(contractOf(file, t.scope()));
        }
    }

    @Test
    void shouldDocumentTheReadsOfEveryJobTask() {
        // given the variables each job task's input mappings read and the headers it sets
        for (BaseElement task : ElementTemplateFilesTest.jobTasks()) {
            String type = task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
            Set<String> documented = CONTRACT.namesInJobSection(type);
            // then its README section names its inputs, header keys and header values
            assertThat(documented).as("README section of %s for %s", type, task.getId())
                    .containsAll(ElementTemplateFilesTest.inputsOf(task).keySet())
                    .containsAll(ElementTemplateFilesTest.headersOf(task).keySet())
                    .containsAll(ElementTemplateFilesTest.headersOf(task).values());
            assertThat(CONTRACT.namesInJobRow(type, "tasks")).as("tasks of %s", type).contains(task.getId());
        }
    }

    @Test
    void shouldDocumentEveryBpmnErrorUnderTheJobTypeThatThrowsIt() {
        BpmnModelInstance model = FOLDER.modelOf("pdsa-cycle");
        for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
            for (var definition : boundary.getEventDefinitions()) {
                if (definition instanceof ErrorEventDefinition error) {
                    String jobType = boundary.getAttachedTo().getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
                    assertThat(CONTRACT.namesInJobRow(jobType, "BPMN errors")).as("errors of %s", jobType)
                            .contains(error.getError().getErrorCode());
                }
            }
        }
    }

    @Test
    void shouldCompareFormFieldsOnlyWithValuesTheFormsOffer() {
        // given the choices of the radio and select fields
        Map<String, Set<String>> choices = new HashMap<>();
        FOLDER.formFiles().stream().map(CamundaForm::read).forEach(f -> choices.putAll(f.choices()));
        Set<String> decisionsRouted = new TreeSet<>();
        for (Expression e : CYCLE.expressions()) {
            Matcher m = COMPARISON.matcher(e.feel());
            while (m.find()) {
                // then a FEEL comparison with such a field uses one of its values
                if (choices.containsKey(m.group(1))) {
                    assertThat(m.group(2)).as("%s compares %s", e.where(), m.group(1)).isIn(choices.get(m.group(1)));
                }
                if (m.group(1).equals("decision") && e.elementId().startsWith("flow_")) {
                    decisionsRouted.add(m.group(2));
                }
            }
        }
        // and every decision the study form offers has its own route
        assertThat(decisionsRouted).containsExactlyInAnyOrderElementsOf(choices.get("decision"));
    }

    @Test
    void shouldGiveEachCycleOfTheSeriesItsOwnId() {
        Object cycleId = FeelExpressions.evaluate(expression(CYCLE, "task_identify_cycle", "zeebe:script expression"),
                Map.of("cycleSeriesId", "run-7-north", "cycleNumber", 2));
        assertThat(cycleId).isEqualTo("run-7-north-2");
    }

    @Test
    void shouldNumberTheNextCycleAndClearEverythingTheStudyAsked() {
        // given a decided cycle 2
        Map<String, Object> decided = new HashMap<>(Map.of("cycleNumber", 2, "cycleId", "run-7-north-2",
                "learning", "Handovers were too rushed", "nextChange", "Use the checklist at handover too",
                "decision", "adapt"));
        // when the next cycle is numbered and the script task's output mappings applied
        Object nextCycle = FeelExpressions.evaluate(expression(CYCLE, "task_number_next_cycle", "zeebe:script expression"), decided);
        Map<String, Object> written = new HashMap<>();
        for (Mapping output : CYCLE.mappings("task_number_next_cycle", "output")) {
            written.put(output.target(), FeelExpressions.evaluate(output.source(), Map.of("nextCycle", nextCycle)));
        }
        // then it is cycle 3, remembers cycle 2's learning, and no study or missing-data answer carries over
        assertThat(((Number) written.get("cycleNumber")).intValue()).isEqualTo(3);
        assertThat(written).containsEntry("previousCycleId", "run-7-north-2")
                .containsEntry("previousLearning", "Handovers were too rushed")
                .containsEntry("previousNextChange", "Use the checklist at handover too");
        Set<String> answers = new TreeSet<>();
        FOLDER.formFiles().stream().map(CamundaForm::read)
                .filter(f -> !f.id().equals("pdsa-plan-cycle")).forEach(f -> answers.addAll(f.keys()));
        for (String answer : answers) {
            assertThat(written).as("cleared on adapt").containsKey(answer);
            assertThat(written.get(answer)).as("%s on adapt", answer).isNull();
        }
    }

    @Test
    void shouldRunTheTestWindowFromItsFirstDayToTheEndOfItsLastDayUtc() {
        Map<String, Object> window = Map.of("testWindowStart", "2025-03-03", "testWindowEnd", "2025-04-27");
        Object starts = FeelExpressions.evaluate(expression(CYCLE, "timer_test_window_starts", "bpmn:timeDate"), window);
        Object ends = FeelExpressions.evaluate(expression(CYCLE, "timer_test_window_ends", "bpmn:timeDate"), window);
        assertThat(((ZonedDateTime) starts).toInstant()).hasToString("2025-03-03T00:00:00Z");
        assertThat(((ZonedDateTime) ends).toInstant()).hasToString("2025-04-28T00:00:00Z");
    }

    @Test
    void shouldAllowGapsOnlyWhenTheLeadsChoseToStudyWithGaps() {
        String allowGaps = expression(CYCLE, "task_fetch_metrics", "zeebe:input source");
        assertThat(FeelExpressions.evaluate(allowGaps, Map.of("missingDataAction", "proceed-with-gaps"))).isEqualTo(true);
        assertThat(FeelExpressions.evaluate(allowGaps, Map.of("missingDataAction", "submitted"))).isEqualTo(false);
        assertThat(FeelExpressions.evaluate(allowGaps, Map.of())).isEqualTo(false);
    }

    @Test
    void shouldStartEachProviderOnItsOwnCycleSeries() {
        // given a programme run and one of its providers
        Map<String, Object> run = Map.of("runId", "run-7", "programmeId", "falls",
                "provider", Map.of("id", "north", "name", "North Trust", "leadGroups", List.of("north-leads")));
        Map<String, Object> started = new HashMap<>();
        // when the call activity's input mappings are evaluated
        for (Mapping input : PROGRAMME.mappings("call_run_pdsa_cycles", "input")) {
            started.put(input.target(), FeelExpressions.evaluate(input.source(), run));
        }
        // then the cycle gets the provider's series, cycle 1 and the provider's lead groups
        assertThat(started).containsEntry("cycleSeriesId", "run-7-north").containsEntry("providerId", "north")
                .containsEntry("leadGroups", List.of("north-leads"));
        assertThat(((Number) started.get("cycleNumber")).intValue()).isEqualTo(1);
    }

    @Test
    void shouldTreatAnAbsentCloseAsNotClosedEarly() {
        String closedEarly = expression(PROGRAMME, "task_compile_learning", "zeebe:input source");
        assertThat(FeelExpressions.evaluate(closedEarly, Map.of())).isEqualTo(false);
        assertThat(FeelExpressions.evaluate(closedEarly, Map.of("closedEarly", true))).isEqualTo(true);
    }

    private static Set<String> contractOf(Path file, Scope scope) {
        String processId = FOLDER.model(file).getModelElementsByType(Process.class).iterator().next().getId();
        // a call activity's input targets and output sources live in the process it calls
        return CONTRACT.variablesOf(scope == Scope.CALLED_PROCESS ? "pdsa-cycle" : processId);
    }

    private static String expression(BpmnExpressions found, String elementId, String location) {
        List<String> matching = found.expressions().stream()
                .filter(e -> e.elementId().equals(elementId) && e.location().equals(location))
                .map(Expression::feel).toList();
        assertThat(matching).as("%s %s", elementId, location).hasSize(1);
        return matching.get(0);
    }

    private static Path fileOf(String processId) {
        return FOLDER.bpmnFiles().stream()
                .filter(f -> FOLDER.model(f).getModelElementById(processId) != null)
                .findFirst().orElseThrow();
    }
}
