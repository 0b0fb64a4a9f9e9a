package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.ConditionExpression;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeInput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeOutput;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;
import org.pdsa.local.engine.feel.Expression;
import org.pdsa.local.engine.feel.ExpressionLanguage;

/**
 * Parses a BPMN resource with zeebe-bpmn-model and turns each executable process into the
 * engine's immutable graph, collecting every problem (malformed XML, Zeebe's own design-time
 * rules, unsupported elements, unparsable FEEL) instead of stopping at the first.
 */
public final class BpmnTransformer {
    private final ExpressionLanguage expressions;

    public BpmnTransformer(ExpressionLanguage expressions) {
        this.expressions = expressions;
    }

    /** The processes of one resource, or the problems that prevent deploying it. */
    public record Result(List<ExecutableProcess> processes, List<DeploymentProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public Result transform(String resourceName, byte[] xml) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        } catch (RuntimeException e) {
            return failed(resourceName, null, "malformed BPMN XML: " + rootMessage(e));
        }
        TransformContext context = new TransformContext(expressions, resourceName);
        validateWithZeebeRules(model, context);
        if (!context.problems().isEmpty()) return new Result(List.of(), context.problems());

        List<ExecutableProcess> processes = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable()) processes.add(transformProcess(process, context));
        }
        if (processes.isEmpty() && context.problems().isEmpty()) {
            context.problem(null, "the resource contains no executable process (isExecutable=\"true\")");
        }
        if (!context.problems().isEmpty()) return new Result(List.of(), context.problems());
        return new Result(processes, List.of());
    }

    private void validateWithZeebeRules(BpmnModelInstance model, TransformContext context) {
        ValidationResults results;
        try {
            results = model.validate(ZeebeDesignTimeValidators.VALIDATORS);
        } catch (RuntimeException e) {
            context.problem(null, "the BPMN model cannot be validated: " + rootMessage(e));
            return;
        }
        for (Map.Entry<ModelElementInstance, List<ValidationResult>> entry : results.getResults().entrySet()) {
            for (ValidationResult result : entry.getValue()) {
                if (result.getType() == ValidationResultType.ERROR) {
                    context.problem(elementIdOf(entry.getKey()), result.getMessage());
                }
            }
        }
    }

    private ExecutableProcess transformProcess(Process process, TransformContext context) {
        Map<String, ExecutableElement> byId = new LinkedHashMap<>();
        ExecutableElement root = new ExecutableElement(process.getId(), process.getName(), ElementType.PROCESS, EventType.NONE, null);
        byId.put(root.id(), root);
        List<SequenceFlow> flows = new ArrayList<>();
        addChildren(process.getFlowElements(), root, byId, flows, context);
        for (SequenceFlow flow : flows) addFlow(flow, byId, context);
        for (ExecutableElement element : byId.values()) checkGatewayFlows(element, context);
        EventScopes.link(byId, context);
        if (root.children().stream().noneMatch(child -> child.type() == ElementType.START_EVENT)) {
            context.problem(process.getId(), "the process has no start event, so nothing can start it");
        }
        root.freeze();
        ZeebeVersionTag tag = process.getSingleExtensionElement(ZeebeVersionTag.class);
        return new ExecutableProcess(process.getId(), process.getName(), tag == null ? null : tag.getValue(), root, Map.copyOf(byId));
    }

    /** The id a problem is reported under: the enclosing flow element or process, else the nearest element with an id. */
    private static String elementIdOf(ModelElementInstance element) {
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            if (e instanceof FlowElement || e instanceof Process) return e.getAttributeValue("id");
        }
        for (ModelElementInstance e = element; e != null; e = e.getParentElement()) {
            String id = e.getAttributeValue("id");
            if (id != null) return id;
        }
        return null;
    }

    private void addChildren(Collection<FlowElement> elements, ExecutableElement scope, Map<String, ExecutableElement> byId,
                             List<SequenceFlow> flows, TransformContext context) {
        for (FlowElement element : elements) {
            if (element instanceof SequenceFlow flow) {
                flows.add(flow);
            } else if (element instanceof FlowNode node) {
                ElementType type = ElementClassifier.typeOf(node);
                EventType eventType = ElementClassifier.eventTypeOf(node);
                UnsupportedElements.reason(node, type, eventType).ifPresent(reason -> context.problem(node.getId(), reason));
                ExecutableElement body = MultiInstanceTransformer.body(node, scope, context); // null unless multi-instance
                ExecutableElement executable = new ExecutableElement(node.getId(), node.getName(), type, eventType,
                        body != null ? body : scope);
                byId.put(node.getId(), body != null ? body : executable);
                transformMappings(node, executable, context);
                ElementTransformer transformer = ElementTransformers.forType(type);
                if (transformer != null) transformer.transform(node, executable, context);
                if (node instanceof SubProcess sub) addChildren(sub.getFlowElements(), executable, byId, flows, context);
            }
            // data objects, data stores and other non-flow-node elements carry no behaviour: nothing to execute
        }
    }

    private void transformMappings(FlowNode node, ExecutableElement element, TransformContext context) {
        ZeebeIoMapping io = node.getSingleExtensionElement(ZeebeIoMapping.class);
        if (io == null) return;
        List<Mapping> inputs = new ArrayList<>();
        for (ZeebeInput input : io.getInputs()) {
            Expression source = context.requiredExpression(node.getId(), "input mapping source", input.getSource());
            if (source != null) inputs.add(new Mapping(source, input.getTarget()));
        }
        List<Mapping> outputs = new ArrayList<>();
        for (ZeebeOutput output : io.getOutputs()) {
            Expression source = context.requiredExpression(node.getId(), "output mapping source", output.getSource());
            if (source != null) outputs.add(new Mapping(source, output.getTarget()));
        }
        element.setMappings(inputs, outputs);
    }

    private void addFlow(SequenceFlow flow, Map<String, ExecutableElement> byId, TransformContext context) {
        ExecutableElement source = byId.get(flow.getSource().getId());
        ExecutableElement target = byId.get(flow.getTarget().getId());
        ConditionExpression condition = flow.getConditionExpression();
        Expression compiled = null;
        if (condition != null && condition.getTextContent() != null && !condition.getTextContent().isBlank()) {
            if (source.type() != ElementType.EXCLUSIVE_GATEWAY && source.type() != ElementType.INCLUSIVE_GATEWAY) {
                context.problem(flow.getId(), "a condition is only allowed on a flow leaving an exclusive or inclusive gateway");
            }
            compiled = context.feelExpression(flow.getId(), "condition", condition.getTextContent());
        }
        ExecutableFlow executable = new ExecutableFlow(flow.getId(), source, target, compiled);
        source.addOutgoing(executable);
        target.addIncoming(executable);
        FlowNode sourceNode = flow.getSource();
        SequenceFlow defaultFlow = sourceNode instanceof ExclusiveGateway g ? g.getDefault()
                : sourceNode instanceof InclusiveGateway g2 ? g2.getDefault() : null;
        if (defaultFlow != null && defaultFlow.getId().equals(flow.getId())) source.setDefaultFlow(executable);
    }

    private void checkGatewayFlows(ExecutableElement element, TransformContext context) {
        boolean conditional = element.type() == ElementType.EXCLUSIVE_GATEWAY || element.type() == ElementType.INCLUSIVE_GATEWAY;
        if (!conditional || element.outgoing().size() < 2) return;
        for (ExecutableFlow flow : element.outgoing()) {
            if (flow.condition() == null && flow != element.defaultFlow()) {
                context.problem(flow.id(), "a flow leaving " + (element.type() == ElementType.EXCLUSIVE_GATEWAY ? "exclusive" : "inclusive")
                        + " gateway '" + element.id()
                        + "' needs a condition unless it is the default flow");
            }
        }
    }

    private static Result failed(String resourceName, String elementId, String reason) {
        return new Result(List.of(), List.of(new DeploymentProblem(resourceName, elementId, reason)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return t == e ? message : e.getMessage() + " (" + message + ")";
    }
}
