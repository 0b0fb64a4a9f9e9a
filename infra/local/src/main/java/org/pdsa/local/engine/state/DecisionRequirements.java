package org.pdsa.local.engine.state;

/**
 * One deployed version of a DMN file (its decision requirements graph). The parsed model is a
 * cache filled on first evaluation (it is not snapshotted: the file is parsed again after a restart).
 */
public final class DecisionRequirements {
    private final long key;
    private final String decisionRequirementsId;
    private final String name;
    private final int version;
    private final Resource resource;
    private Object parsed;

    public DecisionRequirements(long key, String decisionRequirementsId, String name, int version, Resource resource) {
        this.key = key;
        this.decisionRequirementsId = decisionRequirementsId;
        this.name = name;
        this.version = version;
        this.resource = resource;
    }

    public long key() { return key; }
    public String decisionRequirementsId() { return decisionRequirementsId; }
    public String name() { return name; }
    public int version() { return version; }
    /** The DMN file as deployed. */
    public Resource resource() { return resource; }

    /** The decision engine's parsed model, or null until first needed. */
    public Object parsed() { return parsed; }

    public void setParsed(Object parsed) { this.parsed = parsed; }
}
