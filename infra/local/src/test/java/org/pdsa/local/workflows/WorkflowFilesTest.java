package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Gateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pdsa.local.deploy.Camunda88Elements;

/** File-level checks of every BPMN file: it parses, validates, opens in Modeler for 8.8, and names and wires its elements. */
class WorkflowFilesTest {

    static final Set<String> JOB_TYPES = Set.of("pdsa.fetch-metrics", "pdsa.analyse-measures",
            "pdsa.notify-participants", "pdsa.store-decision", "pdsa.compile-learning");

    private static final Pattern SNAKE_CASE = Pattern.compile("^[a-z][a-z0-9]*(_[a-z0-9]+)*$");
    private static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

    private static final WorkflowsFolder FOLDER = WorkflowsFolder.locate();

    static Stream<Path> bpmnFiles() {
        return FOLDER.bpmnFiles().stream();
    }

    @Test
    void shouldDefineExactlyTheContractProcessesOnePerFile() {
        // given the BPMN files of workflows/
        // when their processes are listed
        List<String> processIds = new ArrayList<>();
        for (Path file : FOLDER.bpmnFiles()) {
            List<String> ids = FOLDER.model(file).getModelElementsByType(Process.class).stream()
                    .filter(Process::isExecutable).map(Process::getId).toList();
            assertThat(ids).as("executable processes of %s", file.getFileName()).hasSize(1);
            processIds.addAll(ids);
        }
        // then they are the two process ids the API and the call activity use
        assertThat(processIds).containsExactlyInAnyOrder("pdsa-cycle", "improvement-programme");
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldParseAndPassZeebeValidation(Path file) {
        // given a BPMN file
        BpmnModelInstance model = FOLDER.model(file);
        // when it is validated against the schema and Zeebe's design-time rules
        Bpmn.validateModel(model);
        var results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        // then nothing is reported
        assertThat(results.getErrorCount() + results.getWarinigCount()).as(format(results)).isZero();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldTargetCamunda88InModeler(Path file) {
        String xml = WorkflowsFolder.text(file);
        assertThat(xml).contains("modeler:executionPlatform=\"Camunda Cloud\"")
                .contains("modeler:executionPlatformVersion=\"8.8.0\"");
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldUseSnakeCaseIdsExceptTheProcessId(Path file) {
        // given every id attribute of the file, diagram interchange included
        String processId = FOLDER.model(file).getModelElementsByType(Process.class).iterator().next().getId();
        Matcher ids = ID_ATTRIBUTE.matcher(WorkflowsFolder.text(file));
        List<String> offending = new ArrayList<>();
        while (ids.find()) {
            if (!ids.group(1).equals(processId) && !SNAKE_CASE.matcher(ids.group(1)).matches()) {
                offending.add(ids.group(1));
            }
        }
        // then only the process id (a contract, kebab-case) is not snake_case
        assertThat(offending).as("ids that are not snake_case").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldUseOnlyElementTypesCamunda88Runs(Path file) {
        // the one allow-list, which ./pdsa deploy checks too
        assertThat(Camunda88Elements.outsideTheAllowList(FOLDER.model(file))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldNameEverythingAManagerSees(Path file) {
        BpmnModelInstance model = FOLDER.model(file);
        List<String> unnamed = new ArrayList<>();
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            boolean mergeGateway = node instanceof Gateway && node.getOutgoing().size() <= 1;
            if (!mergeGateway && blank(node.getName())) {
                unnamed.add(node.getId());
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            if (flow.getConditionExpression() != null && blank(flow.getName())) {
                unnamed.add(flow.getId());
            }
        }
        assertThat(unnamed).as("elements without a name").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldConnectEveryFlowNode(Path file) {
        BpmnModelInstance model = FOLDER.model(file);
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (!(node instanceof StartEvent) && !(node instanceof BoundaryEvent)) {
                assertThat(node.getIncoming()).as("incoming flows of %s", node.getId()).isNotEmpty();
            }
            if (!(node instanceof EndEvent)) {
                assertThat(node.getOutgoing()).as("outgoing flows of %s", node.getId()).isNotEmpty();
            }
            if (node instanceof Gateway && node.getOutgoing().size() > 1) {
                node.getOutgoing().forEach(flow -> assertThat(flow.getConditionExpression())
                        .as("condition of %s leaving %s", flow.getId(), node.getId()).isNotNull());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldGiveEveryServiceAndSendTaskAContractJobType(Path file) {
        BpmnModelInstance model = FOLDER.model(file);
        List<BaseElement> jobTasks = new ArrayList<>(model.getModelElementsByType(ServiceTask.class));
        jobTasks.addAll(model.getModelElementsByType(SendTask.class));
        for (BaseElement task : jobTasks) {
            ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
            assertThat(definition).as("task definition of %s", task.getId()).isNotNull();
            assertThat(definition.getType()).as("job type of %s", task.getId()).isIn(JOB_TYPES);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String format(org.camunda.bpm.model.xml.validation.ValidationResults results) {
        StringWriter out = new StringWriter();
        results.write(out, new ValidationResultFormatter() {
            @Override
            public void formatElement(StringWriter writer, ModelElementInstance element) {
                writer.append(String.valueOf(element.getAttributeValue("id"))).append(": ");
            }

            @Override
            public void formatResult(StringWriter writer, ValidationResult result) {
                writer.append(result.getType() + " " + result.getMessage()).append('\n');
            }
        });
        return out.toString();
    }
}
