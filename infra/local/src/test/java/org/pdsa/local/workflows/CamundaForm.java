package org.pdsa.local.workflows;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Camunda Form file read as the checks need it: its fields, their keys and choices, and every variable it shows. */
record CamundaForm(Path file, JsonNode json) {

    private static final Pattern TEMPLATE = Pattern.compile("\\{\\{\\s*([^}]+?)\\s*}}");

    static CamundaForm read(Path file) {
        return new CamundaForm(file, WorkflowsFolder.json(file));
    }

    @Override
    public String toString() {
        return name();
    }

    String id() {
        return json.path("id").asText(null);
    }

    String name() {
        return file.getFileName().toString();
    }

    List<JsonNode> components() {
        List<JsonNode> all = new ArrayList<>();
        json.path("components").forEach(all::add);
        return all;
    }

    /** The keys of the input fields: the process variables the form writes. */
    Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode c : components()) {
            if (c.hasNonNull("key")) {
                keys.add(c.get("key").asText());
            }
        }
        return keys;
    }

    /** The allowed values of each radio, select or checklist field with static values, by key. */
    Map<String, Set<String>> choices() {
        Map<String, Set<String>> choices = new TreeMap<>();
        for (JsonNode c : components()) {
            if (c.has("values") && c.hasNonNull("key")) {
                Set<String> values = new LinkedHashSet<>();
                c.get("values").forEach(v -> values.add(v.path("value").asText()));
                choices.put(c.get("key").asText(), values);
            }
        }
        return choices;
    }

    /** Variables the form reads to display itself: {{templates}}, conditions, dynamic options, table sources. */
    Set<String> displayedVariables() {
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode c : components()) {
            String where = name() + " " + c.path("id").asText();
            Matcher m = TEMPLATE.matcher(c.path("text").asText(""));
            while (m.find()) {
                names.addAll(FeelExpressions.variablesIn(m.group(1), where + " {{" + m.group(1) + "}}"));
            }
            if (c.path("conditional").hasNonNull("hide")) {
                names.addAll(FeelExpressions.variablesIn(c.path("conditional").path("hide").asText(), where + " conditional"));
            }
            if (c.hasNonNull("valuesKey")) {
                names.add(c.get("valuesKey").asText());
            }
            if (c.hasNonNull("dataSource")) {
                names.addAll(FeelExpressions.variablesIn(c.get("dataSource").asText(), where + " dataSource"));
            }
        }
        return names;
    }
}
