package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Checks of the Camunda Forms: Modeler 5 / Camunda 8.8 metadata, components the web app renders, keys of the contract. */
class FormFilesTest {

    /** What the web app renders with NHS.UK components (issue 5), plus the display-only text and table. */
    private static final Set<String> RENDERED_TYPES = Set.of("text", "textfield", "textarea", "number", "select",
            "radio", "checkbox", "checklist", "datetime", "table");
    private static final Set<String> DISPLAY_ONLY_TYPES = Set.of("text", "table");

    private static final WorkflowsFolder FOLDER = WorkflowsFolder.locate();
    private static final VariableContract CONTRACT = VariableContract.read(FOLDER);

    static Stream<CamundaForm> forms() {
        return FOLDER.formFiles().stream().map(CamundaForm::read);
    }

    @Test
    void shouldHaveOneFormPerUserTaskFormIdAndNoOrphans() {
        // given the form ids the user tasks link and the forms on disk
        Map<String, String> processOfForm = formLinks();
        List<String> formIds = forms().map(CamundaForm::id).toList();
        // then every linked form exists once and every form is linked
        assertThat(formIds).doesNotHaveDuplicates();
        assertThat(formIds).containsExactlyInAnyOrderElementsOf(processOfForm.keySet());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void shouldDeclareWhatCamundaModeler5WritesFor88(CamundaForm form) {
        JsonNode json = form.json();
        assertThat(json.path("id").asText()).as(form.name()).isNotBlank();
        assertThat(json.path("type").asText()).as(form.name()).isEqualTo("default");
        assertThat(json.path("executionPlatform").asText()).as(form.name()).isEqualTo("Camunda Cloud");
        assertThat(json.path("executionPlatformVersion").asText()).as(form.name()).isEqualTo("8.8.0");
        assertThat(json.path("schemaVersion").asInt()).as(form.name()).isEqualTo(18);
        assertThat(json.path("exporter").path("name").asText()).as(form.name()).isEqualTo("Camunda Modeler");
    }

    @ParameterizedTest
    @MethodSource("forms")
    void shouldUseOnlyComponentsTheWebAppRenders(CamundaForm form) {
        Set<String> ids = new HashSet<>();
        for (JsonNode c : form.components()) {
            String where = form.name() + " " + c.path("id").asText();
            assertThat(c.path("type").asText()).as(where).isIn(RENDERED_TYPES);
            assertThat(ids.add(c.path("id").asText())).as("unique id " + where).isTrue();
            assertThat(c.path("layout").path("row").asText()).as("layout row of " + where).isNotBlank();
            if (c.path("type").asText().equals("datetime")) {
                assertThat(c.path("subtype").asText()).as(where + " is a date").isEqualTo("date");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void shouldGiveEveryInputFieldAKeyALabelAndValidation(CamundaForm form) {
        for (JsonNode c : form.components()) {
            if (DISPLAY_ONLY_TYPES.contains(c.path("type").asText())) {
                continue;
            }
            String where = form.name() + " " + c.path("id").asText();
            assertThat(c.path("key").asText()).as("key of " + where).isNotBlank();
            String label = c.path("type").asText().equals("datetime") ? c.path("dateLabel").asText() : c.path("label").asText();
            assertThat(label).as("label of " + where).isNotBlank();
            assertThat(c.path("validate").has("required")).as("validate.required of " + where).isTrue();
            if (c.has("values")) {
                assertThat(c.get("values")).as("choices of " + where).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("forms")
    void shouldWriteOnlyVariablesOfTheContract(CamundaForm form) {
        Set<String> contract = CONTRACT.variablesOf(formLinks().get(form.id()));
        assertThat(form.keys()).as("keys of %s missing from the README tables", form.name()).isSubsetOf(contract);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void shouldShowOnlyVariablesOfTheContract(CamundaForm form) {
        Set<String> contract = CONTRACT.variablesOf(formLinks().get(form.id()));
        assertThat(form.displayedVariables()).as("variables %s displays", form.name()).isSubsetOf(contract);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void shouldShowOnlyFieldsTheContractGivesEachTableRow(CamundaForm form) {
        for (JsonNode c : form.components()) {
            if (c.path("type").asText().equals("table")) {
                // given a table over a list variable, e.g. =verdicts
                String list = c.path("dataSource").asText().replaceFirst("^=", "");
                String entries = CONTRACT.paragraph("`" + list + "` entries");
                // then each column is a field the README gives the entries
                c.path("columns").forEach(column -> assertThat(entries)
                        .as("column %s of %s", column.path("key").asText(), form.name())
                        .containsPattern("\\b" + column.path("key").asText() + "\\b"));
            }
        }
    }

    /** Form id → the process whose user task links it. */
    private static Map<String, String> formLinks() {
        Map<String, String> links = new HashMap<>();
        for (Path file : FOLDER.bpmnFiles()) {
            BpmnModelInstance model = FOLDER.model(file);
            String processId = model.getModelElementsByType(Process.class).iterator().next().getId();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
                if (form != null) {
                    links.put(form.getFormId(), processId);
                }
            }
        }
        return links;
    }
}
