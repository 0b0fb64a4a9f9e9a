package org.pdsa.local.engine.processing.bpmn;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.pdsa.local.engine.model.ElementType;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.model.ExecutableFlow;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.ElementState;

/**
 * Sequence flows into joining gateways (parallel or inclusive with more than one incoming flow):
 * a token taken towards such a gateway waits on its flow, in the flow scope, until the gateway can
 * fire. A parallel join fires once every incoming flow has a token; an inclusive join fires once
 * every incoming flow has one, or when nothing still running in the scope can reach it through a
 * flow that has none (Zeebe's documented rule). Firing consumes one token per flow that has one.
 */
final class GatewayJoins {
    private final BpmnBehavior bpmn;

    GatewayJoins(BpmnBehavior bpmn) {
        this.bpmn = bpmn;
    }

    /** Takes a sequence flow: activates its target, or leaves a token at a joining gateway. */
    void take(ExecutableFlow flow, ElementInstance scope) {
        ExecutableElement target = flow.target();
        if (!isJoin(target)) {
            bpmn.activate(target, scope);
            return;
        }
        scope.setWaitingTokens(flow.id(), tokens(scope, flow) + 1);
        tryFire(target, scope);
    }

    /** Re-examines the scope's waiting inclusive joins (something in the scope ended). */
    void check(ElementInstance scope) {
        if (scope.waitingTokens().isEmpty() || scope.state() != ElementState.ACTIVATED) return; // ended since it was queued
        for (ExecutableElement child : scope.element().children()) {
            if (child.type() == ElementType.INCLUSIVE_GATEWAY && isJoin(child) && hasAnyToken(child, scope)) tryFire(child, scope);
        }
    }

    private void tryFire(ExecutableElement gateway, ElementInstance scope) {
        boolean every = true;
        for (ExecutableFlow in : gateway.incoming()) every &= tokens(scope, in) > 0;
        boolean fire = every || (gateway.type() == ElementType.INCLUSIVE_GATEWAY && hasAnyToken(gateway, scope)
                && !reachableFromAnythingRunning(gateway, scope));
        if (!fire) return;
        for (ExecutableFlow in : gateway.incoming()) {
            int n = tokens(scope, in);
            if (n > 0) scope.setWaitingTokens(in.id(), n - 1);
        }
        bpmn.activate(gateway, scope);
    }

    /** Whether a running child, or a token waiting at another join, can still reach the gateway through a flow without a token. */
    private static boolean reachableFromAnythingRunning(ExecutableElement gateway, ElementInstance scope) {
        Set<ExecutableElement> upstream = new HashSet<>();
        ArrayDeque<ExecutableElement> todo = new ArrayDeque<>();
        for (ExecutableFlow in : gateway.incoming()) if (tokens(scope, in) == 0) todo.add(in.source());
        while (!todo.isEmpty()) {
            ExecutableElement element = todo.poll();
            if (!upstream.add(element)) continue;
            for (ExecutableFlow in : element.incoming()) todo.add(in.source());
        }
        for (ElementInstance child : scope.children()) if (upstream.contains(child.element())) return true;
        for (Map.Entry<String, Integer> waiting : scope.waitingTokens().entrySet()) {
            ExecutableElement target = targetOf(waiting.getKey(), scope);
            if (target != null && target != gateway && upstream.contains(target)) return true;
        }
        return false;
    }

    private static ExecutableElement targetOf(String flowId, ElementInstance scope) {
        for (ExecutableElement child : scope.element().children()) {
            for (ExecutableFlow in : child.incoming()) if (in.id().equals(flowId)) return child;
        }
        return null;
    }

    private static boolean hasAnyToken(ExecutableElement gateway, ElementInstance scope) {
        for (ExecutableFlow in : gateway.incoming()) if (tokens(scope, in) > 0) return true;
        return false;
    }

    private static int tokens(ElementInstance scope, ExecutableFlow flow) {
        Integer n = scope.waitingTokens().get(flow.id());
        return n == null ? 0 : n;
    }

    static boolean isJoin(ExecutableElement element) {
        return (element.type() == ElementType.PARALLEL_GATEWAY || element.type() == ElementType.INCLUSIVE_GATEWAY)
                && element.incoming().size() > 1;
    }
}
