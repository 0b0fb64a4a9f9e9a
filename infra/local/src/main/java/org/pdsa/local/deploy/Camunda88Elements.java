package org.pdsa.local.deploy;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.EventDefinition;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The BPMN elements our workflows may use: ones Camunda 8.8 runs (and the local engine implements or is
 * implementing). The one allow-list: {@code ./pdsa deploy} checks every file against it before deploying,
 * and the static checks of workflows/ use it. Anything else needs a decision first.
 */
public final class Camunda88Elements {

    public static final Set<String> FLOW_ELEMENT_TYPES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "boundaryEvent", "exclusiveGateway", "parallelGateway", "userTask", "serviceTask", "sendTask", "scriptTask",
            "callActivity", "subProcess", "sequenceFlow");
    public static final Set<String> EVENT_DEFINITION_TYPES = Set.of("timerEventDefinition", "errorEventDefinition",
            "messageEventDefinition");
    public static final Set<String> ROOT_ELEMENT_TYPES = Set.of("process", "error", "message");

    private Camunda88Elements() {}

    /** Every element of the model outside the allow-list, as {@code id (type)}; empty when all are allowed. */
    public static List<String> outsideTheAllowList(BpmnModelInstance model) {
        List<String> found = new ArrayList<>();
        collect(model.getModelElementsByType(FlowElement.class), FLOW_ELEMENT_TYPES, found);
        collect(model.getModelElementsByType(EventDefinition.class), EVENT_DEFINITION_TYPES, found);
        // event definitions are root elements too in BPMN's type system: look at the top level only
        collect(model.getDefinitions().getRootElements(), ROOT_ELEMENT_TYPES, found);
        return found;
    }

    private static void collect(java.util.Collection<? extends ModelElementInstance> elements, Set<String> allowed,
                                List<String> found) {
        for (ModelElementInstance element : elements) {
            String type = element.getElementType().getTypeName();
            if (!allowed.contains(type)) {
                String id = element.getAttributeValue("id");
                found.add((id == null ? "(no id)" : id) + " (" + type + ")");
            }
        }
    }
}
