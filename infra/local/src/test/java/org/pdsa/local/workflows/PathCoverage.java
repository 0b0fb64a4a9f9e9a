package org.pdsa.local.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Which elements of a process the tests of one class reached, gathered from the engine after each test: once
 * every test of the class has run, every flow node of the process (tasks, events, gateways, boundary events,
 * sub-process contents) must have been reached by one of them. A partial run (one test picked) checks nothing.
 */
final class PathCoverage {

    private final String processId;
    private final Class<?> testClass;
    private final Set<String> reached = ConcurrentHashMap.newKeySet();
    private final AtomicInteger testsRun = new AtomicInteger();

    PathCoverage(String processId, Class<?> testClass) {
        this.processId = processId;
        this.testClass = testClass;
    }

    /** Records the elements of {@code processId} that the test's engine has element instances of. */
    void record(CamundaClient client) {
        client.newElementInstanceSearchRequest().filter(f -> f.processDefinitionId(processId)).page(p -> p.limit(10000))
                .send().join().items().forEach(e -> reached.add(e.getElementId()));
        testsRun.incrementAndGet();
    }

    /** After the class: every flow node reached, if every test ran. */
    void assertEveryElementReached() {
        long tests = Arrays.stream(testClass.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(Test.class)).count();
        if (testsRun.get() < tests) {
            return;
        }
        Set<String> all = new TreeSet<>();
        WorkflowsFolder.locate().modelOf(processId).getModelElementsByType(FlowNode.class)
                .forEach(n -> all.add(n.getId()));
        all.removeAll(reached);
        assertThat(all).as("elements of %s no test of %s reached", processId, testClass.getSimpleName()).isEmpty();
    }
}
