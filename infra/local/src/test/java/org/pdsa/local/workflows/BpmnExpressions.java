package org.pdsa.local.workflows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every FEEL expression and every variable a BPMN file writes, found by walking its XML, so that no new
 * place an expression can hide in (a mapping, a timer, a condition, an assignment) escapes the contract check.
 */
final class BpmnExpressions {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";

    /** Where an expression is evaluated or a variable is written: this process, or the process a call activity starts. */
    enum Scope { PROCESS, CALLED_PROCESS }

    /** An expression of the element {@code elementId}, found at {@code location} (e.g. "zeebe:input source"). */
    record Expression(String elementId, String location, String feel, Scope scope) {
        String where() {
            return elementId + " " + location;
        }
    }

    /** A variable the element writes (a mapping target, a result variable, a multi-instance variable). */
    record Target(String elementId, String location, String name, Scope scope) {}

    /** One zeebe:input or zeebe:output of an element: {@code kind} is "input" or "output". */
    record Mapping(String elementId, String kind, String source, String target) {}

    private static final Set<String> TIMER_AND_CONDITION = Set.of("conditionExpression", "timeDate", "timeDuration", "timeCycle");
    private static final Set<String> STATIC_ZEEBE = Set.of("header");

    private final List<Expression> expressions = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final List<Mapping> mappings = new ArrayList<>();

    private BpmnExpressions() {}

    static BpmnExpressions of(Path bpmnFile) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element root = factory.newDocumentBuilder().parse(bpmnFile.toFile()).getDocumentElement();
            BpmnExpressions found = new BpmnExpressions();
            found.walk(root);
            return found;
        } catch (Exception e) {
            throw new AssertionError("cannot read " + bpmnFile + ": " + e.getMessage(), e);
        }
    }

    List<Expression> expressions() {
        return expressions;
    }

    List<Target> targets() {
        return targets;
    }

    /** The input or output mappings of one element, in document order. */
    List<Mapping> mappings(String elementId, String kind) {
        return mappings.stream().filter(m -> m.elementId().equals(elementId) && m.kind().equals(kind)).toList();
    }

    private void walk(Element element) {
        if (ZEEBE_NS.equals(element.getNamespaceURI())) {
            visitZeebe(element);
        } else if (BPMN_NS.equals(element.getNamespaceURI())
                && TIMER_AND_CONDITION.contains(element.getLocalName())
                && FeelExpressions.isExpression(element.getTextContent().trim())) {
            expressions.add(new Expression(owner(element), "bpmn:" + element.getLocalName(),
                    element.getTextContent().trim(), Scope.PROCESS));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                walk(child);
            }
        }
    }

    private void visitZeebe(Element element) {
        String name = element.getLocalName();
        String owner = owner(element);
        boolean onCallActivity = "callActivity".equals(ownerElement(element).getLocalName());
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!STATIC_ZEEBE.contains(name) && FeelExpressions.isExpression(attribute.getValue())) {
                Scope scope = onCallActivity && "output".equals(name) ? Scope.CALLED_PROCESS : Scope.PROCESS;
                expressions.add(new Expression(owner, "zeebe:" + name + " " + attribute.getName(), attribute.getValue(), scope));
            }
        }
        if (name.equals("input") || name.equals("output")) {
            mappings.add(new Mapping(owner, name, element.getAttribute("source"), element.getAttribute("target")));
        }
        switch (name) {
            case "input" -> targets.add(new Target(owner, "zeebe:input target", element.getAttribute("target"),
                    onCallActivity ? Scope.CALLED_PROCESS : Scope.PROCESS));
            case "output" -> targets.add(new Target(owner, "zeebe:output target", element.getAttribute("target"), Scope.PROCESS));
            case "script" -> targets.add(new Target(owner, "zeebe:script resultVariable", element.getAttribute("resultVariable"), Scope.PROCESS));
            case "loopCharacteristics" -> {
                targets.add(new Target(owner, "zeebe:loopCharacteristics inputElement", element.getAttribute("inputElement"), Scope.PROCESS));
                targets.add(new Target(owner, "zeebe:loopCharacteristics outputCollection", element.getAttribute("outputCollection"), Scope.PROCESS));
            }
            default -> { }
        }
    }

    /** The nearest BPMN element with an id above this node: the flow element or message it belongs to. */
    private static Element ownerElement(Node node) {
        for (Node n = node.getParentNode(); n instanceof Element e; n = n.getParentNode()) {
            if (BPMN_NS.equals(e.getNamespaceURI()) && e.hasAttribute("id")
                    && !e.getLocalName().endsWith("EventDefinition")
                    && !e.getLocalName().equals("multiInstanceLoopCharacteristics")) {
                return e;
            }
        }
        throw new AssertionError("no owning element for " + node.getNodeName());
    }

    private static String owner(Node node) {
        return ownerElement(node).getAttribute("id");
    }
}
