package org.pdsa.local.engine.rest;

import org.pdsa.local.engine.state.EngineState;
import org.pdsa.local.engine.state.ProcessInstance;

/** The root process instance of a call hierarchy (the instance itself when it has no parent still known). */
final class Roots {
    private Roots() {}

    static long rootOf(EngineState state, long processInstanceKey) {
        long root = processInstanceKey;
        for (int depth = 0; depth < 1000; depth++) {
            ProcessInstance instance = state.findProcessInstance(root);
            if (instance == null || instance.parentProcessInstanceKey() <= 0) return root;
            root = instance.parentProcessInstanceKey();
        }
        return root;
    }
}
