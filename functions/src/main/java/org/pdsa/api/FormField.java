package org.pdsa.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a Camunda Form, as far as validation needs it: its key (a dotted path inside groups with a
 * {@code path}), component type, the {@code validate} rules, the static options or the variable that holds
 * them ({@code valuesKey}), the date subtype, decimal digits, and whether it is conditional or read-only.
 */
public record FormField(
        String key,
        String type,
        String label,
        boolean required,
        BigDecimal min,
        BigDecimal max,
        Integer minLength,
        Integer maxLength,
        String pattern,
        String validationType,
        List<String> values,
        String valuesKey,
        boolean dynamicValues,
        String subtype,
        Integer decimalDigits,
        boolean conditional,
        boolean readOnly) {

    public FormField {
        values = values == null ? List.of() : List.copyOf(values);
    }

    /** The field's name in messages: its label, or its key. */
    public String name() {
        return label == null || label.isBlank() ? key : label;
    }
}
