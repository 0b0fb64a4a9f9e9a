package org.pdsa.local.engine.model;

/**
 * A typed key for element-family data that an {@link ElementTransformer} attaches to an
 * {@link ExecutableElement} (job definition, user-task definition, timer, ...), so each family
 * keeps its data in its own file.
 */
public record Attribute<T>(String name, Class<T> type) {
    public static <T> Attribute<T> of(String name, Class<T> type) {
        return new Attribute<>(name, type);
    }
}
