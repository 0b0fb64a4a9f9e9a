package org.pdsa.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.pdsa.domain.FieldError;
import org.pdsa.domain.PrivacyCheck;

/**
 * Checks the values submitted to complete a user task against its Camunda Form before the engine sees them:
 * no keys the form does not have, required fields present, values of the field's type, options among the
 * allowed ones (static values, or the variable named by {@code valuesKey}), number ranges and decimals, text
 * lengths and patterns, ISO dates and times, and the privacy check on every text. A field with a
 * {@code conditional.hide} expression may be hidden, so it is not required here (FEEL is the engine's job).
 */
public final class FormValidation {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{6,20}");

    private FormValidation() {
    }

    /** Errors named by form key; {@code variables} are the task's current variables (for {@code valuesKey}). */
    public static List<FieldError> validate(FormSchema form, JsonNode submitted, Map<String, JsonNode> variables) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> roots = new HashSet<>();
        form.fields().forEach(f -> roots.add(f.key().split("\\.", 2)[0]));
        submitted.fieldNames().forEachRemaining(name -> {
            if (!roots.contains(name)) {
                errors.add(new FieldError(name, "is not a field of form " + form.id()));
            }
        });
        for (FormField field : form.fields()) {
            JsonNode value = at(submitted, field.key());
            if (value != null && field.readOnly()) {
                errors.add(new FieldError(field.key(), "is read-only in form " + form.id()));
            } else if (isEmpty(value)) {
                if (field.required() && !field.conditional()) {
                    errors.add(new FieldError(field.key(), "is required (" + field.name() + ")"));
                }
            } else {
                check(field, value, variables, errors);
            }
        }
        return errors;
    }

    private static void check(FormField field, JsonNode value, Map<String, JsonNode> variables, List<FieldError> errors) {
        String key = field.key();
        switch (field.type()) {
            case "textfield", "textarea" -> {
                if (!value.isTextual()) {
                    errors.add(new FieldError(key, "must be text, got " + JsonInput.type(value)));
                } else {
                    text(field, value.textValue(), errors);
                }
            }
            case "number" -> number(field, value, errors);
            case "checkbox" -> {
                if (!value.isBoolean()) {
                    errors.add(new FieldError(key, "must be true or false, got " + JsonInput.type(value)));
                }
            }
            case "radio", "select" -> {
                if (!value.isValueNode() || value.isBinary()) {
                    errors.add(new FieldError(key, "must be one value, got " + JsonInput.type(value)));
                } else {
                    option(field, value.asText(), variables, errors);
                }
            }
            case "checklist", "taglist" -> {
                if (!value.isArray()) {
                    errors.add(new FieldError(key, "must be a list of values, got " + JsonInput.type(value)));
                } else {
                    value.forEach(item -> option(field, item.asText(), variables, errors));
                }
            }
            case "datetime" -> datetime(field, value, errors);
            case "dynamiclist" -> {
                if (!value.isArray()) {
                    errors.add(new FieldError(key, "must be a list, got " + JsonInput.type(value)));
                }
            }
            default -> {
                // filepicker: documents are not part of this product's forms; the engine keeps what it gets
            }
        }
    }

    private static void text(FormField field, String text, List<FieldError> errors) {
        String key = field.key();
        if (field.minLength() != null && text.length() < field.minLength()) {
            errors.add(new FieldError(key, "must be at least " + field.minLength() + " characters"));
        }
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            errors.add(new FieldError(key, "must be at most " + field.maxLength() + " characters"));
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            errors.add(new FieldError(key, "does not match the pattern " + field.pattern()));
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            errors.add(new FieldError(key, "must be an email address"));
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
            errors.add(new FieldError(key, "must be a phone number"));
        }
        PrivacyCheck.check(key, text).ifPresent(errors::add);
    }

    private static void number(FormField field, JsonNode value, List<FieldError> errors) {
        String key = field.key();
        if (!value.isNumber()) {
            errors.add(new FieldError(key, "must be a number, got " + JsonInput.type(value)));
            return;
        }
        BigDecimal n = value.decimalValue();
        if (field.decimalDigits() != null && n.stripTrailingZeros().scale() > field.decimalDigits()) {
            errors.add(new FieldError(key, field.decimalDigits() == 0 ? "must be a whole number"
                    : "must have at most " + field.decimalDigits() + " decimal digits"));
        }
        if (field.min() != null && n.compareTo(field.min()) < 0) {
            errors.add(new FieldError(key, "must be at least " + field.min().toPlainString()));
        }
        if (field.max() != null && n.compareTo(field.max()) > 0) {
            errors.add(new FieldError(key, "must be at most " + field.max().toPlainString()));
        }
    }

    private static void option(FormField field, String chosen, Map<String, JsonNode> variables, List<FieldError> errors) {
        List<String> allowed = allowed(field, variables);
        if (allowed != null && !allowed.contains(chosen)) {
            errors.add(new FieldError(field.key(), "'" + chosen + "' is not one of " + allowed));
        }
    }

    /** The allowed values, or null when the form computes them (FEEL) or names a variable that is not set. */
    private static List<String> allowed(FormField field, Map<String, JsonNode> variables) {
        if (field.valuesKey() != null) {
            JsonNode options = variables.get(field.valuesKey());
            if (options == null || !options.isArray()) {
                return null;
            }
            List<String> values = new ArrayList<>();
            options.forEach(o -> values.add(o.isObject() ? o.path("value").asText() : o.asText()));
            return values;
        }
        return field.dynamicValues() ? null : field.values();
    }

    private static void datetime(FormField field, JsonNode value, List<FieldError> errors) {
        String key = field.key();
        String subtype = field.subtype() == null ? "date" : field.subtype();
        if (!value.isTextual()) {
            errors.add(new FieldError(key, "must be an ISO " + subtype + " string, got " + JsonInput.type(value)));
            return;
        }
        String text = value.textValue();
        try {
            switch (subtype) {
                case "time" -> time(text);
                case "datetime" -> dateTime(text);
                default -> LocalDate.parse(text);
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(key, switch (subtype) {
                case "time" -> "must be a time (HH:mm, optionally with an offset), got '" + text + "'";
                case "datetime" -> "must be an ISO date and time (YYYY-MM-DDTHH:mm), got '" + text + "'";
                default -> "must be an ISO date (YYYY-MM-DD), got '" + text + "'";
            }));
        }
    }

    private static void time(String text) {
        try {
            OffsetTime.parse(text);
        } catch (DateTimeParseException e) {
            LocalTime.parse(text);
        }
    }

    private static void dateTime(String text) {
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            LocalDateTime.parse(text);
        }
    }

    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            // a pattern Java cannot read (JavaScript syntax) cannot be enforced here; the form renderer does
            return true;
        }
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isTextual() && value.textValue().isBlank())
                || (value.isArray() && value.isEmpty());
    }

    /** The value at a dotted key inside nested objects (group paths), or null. */
    static JsonNode at(JsonNode root, String key) {
        JsonNode node = root;
        for (String part : key.split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        return node;
    }
}
