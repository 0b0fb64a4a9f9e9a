package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.function.Predicate;

/** Filter-field conditions for custom filters that test several values of one item (any element instance, ...). */
public final class FieldConditions {
    private FieldConditions() {}

    /** A text condition in either filter shape; {@code allowed} (nullable) restricts the values. */
    public static Predicate<String> text(String field, JsonNode node, Set<String> allowed) {
        Condition<String> condition = Conditions.parse(field, node, Operand.TEXT, Conditions.Kind.TEXT, allowed);
        return condition::test;
    }
}
