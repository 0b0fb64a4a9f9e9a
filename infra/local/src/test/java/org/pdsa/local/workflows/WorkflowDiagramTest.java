package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnEdge;
import io.camunda.zeebe.model.bpmn.instance.bpmndi.BpmnShape;
import io.camunda.zeebe.model.bpmn.instance.dc.Bounds;
import io.camunda.zeebe.model.bpmn.instance.di.Waypoint;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The diagram interchange of every BPMN file: everything is drawn, edges meet their shapes, shapes do not overlap. */
class WorkflowDiagramTest {

    private static final WorkflowsFolder FOLDER = WorkflowsFolder.locate();

    static Stream<Path> bpmnFiles() {
        return FOLDER.bpmnFiles().stream();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldDrawEveryFlowNodeAndSequenceFlow(Path file) {
        // given the diagram interchange of a file
        BpmnModelInstance model = FOLDER.model(file);
        Set<String> shapes = model.getModelElementsByType(BpmnShape.class).stream()
                .map(s -> s.getBpmnElement().getId()).collect(Collectors.toSet());
        Map<String, BpmnEdge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
                .collect(Collectors.toMap(e -> e.getBpmnElement().getId(), Function.identity()));
        // then every node has a shape and every flow an edge of at least two points
        assertThat(shapes).containsAll(ids(model, FlowNode.class));
        assertThat(edges.keySet()).containsAll(ids(model, SequenceFlow.class));
        edges.values().forEach(e -> assertThat(e.getWaypoints()).as(e.getId()).hasSizeGreaterThanOrEqualTo(2));
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldConnectEveryEdgeToItsShapes(Path file) {
        BpmnModelInstance model = FOLDER.model(file);
        Map<String, Bounds> bounds = boundsById(model);
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            List<Waypoint> points = List.copyOf(((BpmnEdge) flow.getDiagramElement()).getWaypoints());
            assertThat(touches(bounds.get(flow.getSource().getId()), points.get(0)))
                    .as("%s starts on %s", flow.getId(), flow.getSource().getId()).isTrue();
            assertThat(touches(bounds.get(flow.getTarget().getId()), points.get(points.size() - 1)))
                    .as("%s ends on %s", flow.getId(), flow.getTarget().getId()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void shouldLayOutShapesWithoutOverlap(Path file) {
        // given the shapes of the flow nodes
        BpmnModelInstance model = FOLDER.model(file);
        List<FlowNode> nodes = List.copyOf(model.getModelElementsByType(FlowNode.class));
        Map<String, Bounds> bounds = boundsById(model);
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                FlowNode a = nodes.get(i);
                FlowNode b = nodes.get(j);
                if (!mayOverlap(a, b) && intersect(bounds.get(a.getId()), bounds.get(b.getId()))) {
                    overlaps.add(a.getId() + " / " + b.getId());
                }
            }
        }
        // then only boundary events sit on their host, and children inside their sub-process
        assertThat(overlaps).isEmpty();
    }

    static Map<String, Bounds> boundsById(BpmnModelInstance model) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .collect(Collectors.toMap(s -> s.getBpmnElement().getId(), BpmnShape::getBounds));
    }

    private static boolean mayOverlap(FlowNode a, FlowNode b) {
        return attached(a, b) || attached(b, a) || inside(a, b) || inside(b, a);
    }

    private static boolean attached(FlowNode event, FlowNode host) {
        return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
    }

    private static boolean inside(FlowNode child, FlowNode container) {
        return container instanceof SubProcess && child.getParentElement() == container;
    }

    private static boolean intersect(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static boolean touches(Bounds b, Waypoint p) {
        double tolerance = 1;
        return p.getX() >= b.getX() - tolerance && p.getX() <= b.getX() + b.getWidth() + tolerance
                && p.getY() >= b.getY() - tolerance && p.getY() <= b.getY() + b.getHeight() + tolerance;
    }

    private static Set<String> ids(BpmnModelInstance model, Class<? extends BaseElement> type) {
        return model.getModelElementsByType(type).stream().map(BaseElement::getId).collect(Collectors.toSet());
    }

}
