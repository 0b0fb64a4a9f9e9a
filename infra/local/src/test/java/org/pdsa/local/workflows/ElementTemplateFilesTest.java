package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskHeaders;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks of the element templates and of the service and send tasks that Modeler shows through them. */
class ElementTemplateFilesTest {

    private static final String SCHEMA = "https://unpkg.com/@camunda/zeebe-element-templates-json-schema/resources/schema.json";
    private static final Set<String> ELEMENT_TYPES = Set.of("bpmn:ServiceTask", "bpmn:SendTask");

    private static final WorkflowsFolder FOLDER = WorkflowsFolder.locate();
    private static final VariableContract CONTRACT = VariableContract.read(FOLDER);

    static Stream<Path> templateFiles() {
        return FOLDER.templateFiles().stream();
    }

    @Test
    void shouldHaveOneTemplatePerContractJobType() {
        List<String> jobTypes = FOLDER.templateFiles().stream().map(f -> jobType(WorkflowsFolder.json(f))).toList();
        assertThat(jobTypes).containsExactlyInAnyOrderElementsOf(WorkflowFilesTest.JOB_TYPES);
    }

    @ParameterizedTest
    @MethodSource("templateFiles")
    void shouldFollowTheCamunda8TemplateSchema(Path file) {
        JsonNode t = WorkflowsFolder.json(file);
        String name = file.getFileName().toString();
        assertThat(t.path("$schema").asText()).as(name).isEqualTo(SCHEMA);
        assertThat(t.path("id").asText()).as(name).isEqualTo("org." + jobType(t));
        assertThat(t.path("name").asText()).as(name).isNotBlank();
        assertThat(t.path("version").isInt() && t.path("version").asInt() >= 1).as("integer version of " + name).isTrue();
        assertThat(t.path("appliesTo").toString()).as(name).contains("\"bpmn:Task\"");
        assertThat(t.path("elementType").path("value").asText()).as(name).isIn(ELEMENT_TYPES);
        Set<String> groups = new HashSet<>();
        t.path("groups").forEach(g -> groups.add(g.path("id").asText()));
        for (JsonNode p : t.path("properties")) {
            assertThat(p.path("binding").path("type").asText()).as("binding in " + name).isNotBlank();
            if (p.has("group")) {
                assertThat(p.get("group").asText()).as("group of a property in " + name).isIn(groups);
            }
        }
        assertThat(binding(t, "zeebe:taskDefinition", "property", "retries")).as("retries of " + name).isNotNull();
    }

    @Test
    void shouldShowEveryJobTaskThroughTheTemplateOfItsType() {
        Map<String, JsonNode> templates = templatesByJobType();
        for (BaseElement task : jobTasks()) {
            // given a service or send task and the template of its job type
            String type = task.getSingleExtensionElement(ZeebeTaskDefinition.class).getType();
            JsonNode t = templates.get(type);
            // then the task names that template and version, so Modeler applies it
            assertThat(task.getAttributeValueNs(BpmnExpressions.ZEEBE_NS, "modelerTemplate"))
                    .as("template of %s", task.getId()).isEqualTo(t.path("id").asText());
            assertThat(task.getAttributeValueNs(BpmnExpressions.ZEEBE_NS, "modelerTemplateVersion"))
                    .as("template version of %s", task.getId()).isEqualTo(t.path("version").asText());
            String typeName = task.getElementType().getTypeName();
            // the template names the type as the moddle does ("bpmn:ServiceTask"); the XML element is "serviceTask"
            assertThat("bpmn:" + Character.toUpperCase(typeName.charAt(0)) + typeName.substring(1))
                    .as("element type of %s", task.getId()).isEqualTo(t.path("elementType").path("value").asText());
        }
    }

    @Test
    void shouldSetOnEveryJobTaskExactlyWhatItsTemplateBinds() {
        Map<String, JsonNode> templates = templatesByJobType();
        for (BaseElement task : jobTasks()) {
            ZeebeTaskDefinition definition = task.getSingleExtensionElement(ZeebeTaskDefinition.class);
            JsonNode t = templates.get(definition.getType());
            Map<String, String> headers = headersOf(task);
            Map<String, String> inputs = inputsOf(task);
            String where = task.getId();

            assertThat(definition.getRetries()).as("retries of " + where).matches("[0-9]+");
            assertThat(headers.keySet()).as("headers of " + where + " the template does not show")
                    .isSubsetOf(boundNames(t, "zeebe:taskHeader", "key"));
            assertThat(inputs.keySet()).as("inputs of " + where + " the template does not show")
                    .isSubsetOf(boundNames(t, "zeebe:input", "name"));
            for (JsonNode p : t.path("properties")) {
                JsonNode b = p.path("binding");
                String value = switch (b.path("type").asText()) {
                    case "zeebe:taskHeader" -> headers.get(b.path("key").asText());
                    case "zeebe:input" -> inputs.get(b.path("name").asText());
                    case "zeebe:taskDefinition" -> b.path("property").asText().equals("type") ? definition.getType() : definition.getRetries();
                    default -> throw new AssertionError("unexpected binding " + b + " in " + t.path("id").asText());
                };
                if (!p.path("optional").asBoolean(false)) {
                    assertThat(value).as(where + " sets " + b).isNotNull();
                }
                if (p.path("type").asText().equals("Hidden")) {
                    assertThat(value).as(where + " keeps the hidden " + b).isEqualTo(p.path("value").asText());
                }
                if (p.path("type").asText().equals("Dropdown")) {
                    Set<String> choices = new HashSet<>();
                    p.path("choices").forEach(c -> choices.add(c.path("value").asText()));
                    assertThat(value).as(where + " picks a choice of " + b).isIn(choices);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("templateFiles")
    void shouldDocumentEveryBindingInTheReadme(Path file) {
        // given what a template lets a modeller set: inputs, headers and the headers' choices
        JsonNode t = WorkflowsFolder.json(file);
        Set<String> documented = CONTRACT.namesInJobSection(jobType(t));
        List<String> bound = new ArrayList<>();
        bound.addAll(boundNames(t, "zeebe:input", "name"));
        bound.addAll(boundNames(t, "zeebe:taskHeader", "key"));
        for (JsonNode p : t.path("properties")) {
            p.path("choices").forEach(c -> bound.add(c.path("value").asText()));
        }
        // then the job type's section of workflows/README.md names each of them
        assertThat(documented).as("README section of %s", jobType(t)).containsAll(bound);
    }

    static List<BaseElement> jobTasks() {
        List<BaseElement> tasks = new ArrayList<>();
        for (Path file : FOLDER.bpmnFiles()) {
            BpmnModelInstance model = FOLDER.model(file);
            tasks.addAll(model.getModelElementsByType(ServiceTask.class));
            tasks.addAll(model.getModelElementsByType(SendTask.class));
        }
        return tasks;
    }

    static Map<String, String> headersOf(BaseElement task) {
        ZeebeTaskHeaders headers = task.getSingleExtensionElement(ZeebeTaskHeaders.class);
        return headers == null ? Map.of() : headers.getHeaders().stream()
                .collect(Collectors.toMap(ZeebeHeader::getKey, ZeebeHeader::getValue));
    }

    static Map<String, String> inputsOf(BaseElement task) {
        ZeebeIoMapping mapping = task.getSingleExtensionElement(ZeebeIoMapping.class);
        Map<String, String> inputs = new HashMap<>();
        if (mapping != null) {
            for (ZeebeInput input : mapping.getInputs()) {
                inputs.put(input.getTarget(), input.getSource());
            }
            assertThat(mapping.getOutputs()).as("output mappings of %s (workers complete with contract variables)",
                    task.getAttributeValue("id")).isEmpty();
        }
        return inputs;
    }

    private static Map<String, JsonNode> templatesByJobType() {
        return FOLDER.templateFiles().stream().map(WorkflowsFolder::json)
                .collect(Collectors.toMap(ElementTemplateFilesTest::jobType, t -> t));
    }

    private static String jobType(JsonNode template) {
        JsonNode type = binding(template, "zeebe:taskDefinition", "property", "type");
        assertThat(type).as("job type binding of %s", template.path("id").asText()).isNotNull();
        assertThat(type.path("type").asText()).as("the job type of %s is hidden", template.path("id").asText()).isEqualTo("Hidden");
        return type.path("value").asText();
    }

    private static JsonNode binding(JsonNode template, String bindingType, String field, String value) {
        for (JsonNode p : template.path("properties")) {
            JsonNode b = p.path("binding");
            if (b.path("type").asText().equals(bindingType) && b.path(field).asText().equals(value)) {
                return p;
            }
        }
        return null;
    }

    private static Set<String> boundNames(JsonNode template, String bindingType, String field) {
        Set<String> names = new HashSet<>();
        for (JsonNode p : template.path("properties")) {
            if (p.path("binding").path("type").asText().equals(bindingType)) {
                names.add(p.path("binding").path(field).asText());
            }
        }
        return names;
    }
}
