package org.pdsa.local.engine.state;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Deployed DMN: decision requirements graphs (one per DMN file version) and their decisions, all versions. */
public final class Decisions {
    private final LongMap<DecisionDefinition> byKey = new LongMap<>();
    private final Map<String, List<DecisionDefinition>> versions = new HashMap<>();
    private final LongMap<DecisionRequirements> requirementsByKey = new LongMap<>();
    private final Map<String, List<DecisionRequirements>> requirementsVersions = new HashMap<>();

    public DecisionDefinition definition(long key) {
        return byKey.get(key);
    }

    /** The latest version of a decision, or null. */
    public DecisionDefinition latest(String decisionId) {
        List<DecisionDefinition> all = versions.get(decisionId);
        return all == null ? null : all.get(all.size() - 1);
    }

    /** Every version of a decision, oldest first (empty when none). */
    public List<DecisionDefinition> versions(String decisionId) {
        List<DecisionDefinition> all = versions.get(decisionId);
        return all == null ? List.of() : Collections.unmodifiableList(all);
    }

    public DecisionRequirements requirements(long key) {
        return requirementsByKey.get(key);
    }

    /** The latest version of a decision requirements graph, or null. */
    public DecisionRequirements latestRequirements(String decisionRequirementsId) {
        List<DecisionRequirements> all = requirementsVersions.get(decisionRequirementsId);
        return all == null ? null : all.get(all.size() - 1);
    }

    /** Every decision definition, in key order. */
    public List<DecisionDefinition> definitions() {
        List<DecisionDefinition> all = new ArrayList<>();
        versions.values().forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.key(), b.key()));
        return all;
    }

    /** Every decision requirements graph, in key order. */
    public List<DecisionRequirements> allRequirements() {
        List<DecisionRequirements> all = new ArrayList<>();
        requirementsVersions.values().forEach(all::addAll);
        all.sort((a, b) -> Long.compare(a.key(), b.key()));
        return all;
    }

    /** The decisions of one graph, in key order. */
    public List<DecisionDefinition> decisionsOf(long decisionRequirementsKey) {
        List<DecisionDefinition> of = new ArrayList<>();
        for (DecisionDefinition d : definitions()) if (d.decisionRequirementsKey() == decisionRequirementsKey) of.add(d);
        return of;
    }

    // ---- writes (stream processor only) ----

    public void add(DecisionRequirements requirements) {
        requirementsByKey.put(requirements.key(), requirements);
        requirementsVersions.computeIfAbsent(requirements.decisionRequirementsId(), id -> new ArrayList<>()).add(requirements);
    }

    public void add(DecisionDefinition definition) {
        byKey.put(definition.key(), definition);
        versions.computeIfAbsent(definition.decisionId(), id -> new ArrayList<>()).add(definition);
    }
}
