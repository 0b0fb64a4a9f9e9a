package org.pdsa.local.engine.processing.bpmn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.engine.model.UserTaskDefinition;
import org.pdsa.local.engine.state.Deployments;
import org.pdsa.local.engine.state.FormDefinition;
import org.pdsa.local.engine.state.ProcessDefinition;

/**
 * Finds the Camunda Form a user task links to, per zeebe:formDefinition's binding: the latest
 * version of the form id, the version deployed together with the process, or the version with a
 * given {@code versionTag} (read from the form's JSON).
 */
final class UserTaskForms {
    private static final ObjectMapper JSON = new ObjectMapper();

    private UserTaskForms() {}

    static FormDefinition resolve(UserTaskDefinition.FormLink link, ProcessDefinition process, Deployments deployments) {
        if (link.binding() == UserTaskDefinition.Binding.LATEST) return deployments.latestForm(link.formId());
        List<FormDefinition> versions = new ArrayList<>();
        deployments.forEachForm(form -> {
            if (form.formId().equals(link.formId())) versions.add(form);
        });
        FormDefinition found = null;
        for (FormDefinition form : versions) { // ascending versions: the last match is the newest
            boolean matches = link.binding() == UserTaskDefinition.Binding.DEPLOYMENT
                    ? form.resource().deploymentKey() == process.deploymentKey()
                    : link.versionTag().equals(versionTag(form));
            if (matches) found = form;
        }
        return found;
    }

    static String notFound(UserTaskDefinition.FormLink link) {
        String which = switch (link.binding()) {
            case LATEST -> "";
            case DEPLOYMENT -> " in the deployment of the process";
            case VERSION_TAG -> " with version tag '" + link.versionTag() + "'";
        };
        return "Expected to find a form with id '" + link.formId() + "'" + which + ", but no such form is deployed";
    }

    private static String versionTag(FormDefinition form) {
        try {
            JsonNode tag = JSON.readTree(form.resource().content()).get("versionTag");
            return tag == null || tag.isNull() ? null : tag.asText();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
