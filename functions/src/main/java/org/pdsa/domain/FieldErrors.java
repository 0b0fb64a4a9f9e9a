package org.pdsa.domain;

import org.pdsa.codes.Coded;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the field errors of one request, so a 422 can name every invalid field at once. */
public final class FieldErrors {

    /** Ids travel in keys and URLs: letters, digits, '.', '_' and '-', at most 64 characters. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int SHORT_TEXT = 200;
    static final int LONG_TEXT = 4000;

    private final List<FieldError> errors = new ArrayList<>();

    public FieldErrors add(String field, String reason) {
        errors.add(new FieldError(field, reason));
        return this;
    }

    public FieldErrors addAll(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    public List<FieldError> list() {
        return List.copyOf(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** A value that must be present. Returns true when it is. */
    public boolean require(String field, Object value) {
        if (value == null) {
            add(field, "is required");
            return false;
        }
        return true;
    }

    /** An id: required, and safe to use in keys and URLs. */
    public void id(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else if (!ID.matcher(value).matches()) {
            add(field, "must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
    }

    /** A required name-like text: not blank, short, and free of patient-identifiable data. */
    public void requiredText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return;
        }
        text(field, value, SHORT_TEXT);
    }

    /** A required free text (aims, rationales, plans): not blank, bounded, free of patient data. */
    public void requiredFreeText(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
            return;
        }
        text(field, value, LONG_TEXT);
    }

    /** An optional free text: when present, bounded and free of patient-identifiable data. */
    public void freeText(String field, String value) {
        if (value != null) {
            text(field, value, LONG_TEXT);
        }
    }

    public void email(String field, String value) {
        if (value == null || value.isBlank()) {
            add(field, "is required");
        } else if (!EMAIL.matcher(value).matches()) {
            add(field, "must be an email address");
        }
    }

    /** A count that must lie within {@code min..max}. */
    public void range(String field, int value, int min, int max) {
        if (value < min || value > max) {
            add(field, "must be between " + min + " and " + max);
        }
    }

    /** Parses a coded value (an enum's wire code); adds an error naming the choices when it is not one. */
    public <E extends Enum<E> & Coded> E code(String field, String raw, Class<E> type) {
        if (raw == null) {
            add(field, "is required (one of " + Coded.choices(type) + ")");
            return null;
        }
        return Coded.parse(type, raw).orElseGet(() -> {
            add(field, "must be one of " + Coded.choices(type));
            return null;
        });
    }

    /** Parses an ISO date (YYYY-MM-DD); adds an error when it is missing or not a date. */
    public LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            add(field, "is required (an ISO date, YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            add(field, "must be an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A date that must be the first day of a period of {@code period}. */
    public void periodStart(String field, LocalDate date, MeasurePeriod period) {
        if (date != null && period != null && !period.isPeriodStart(date)) {
            add(field, "must be " + period.startDescription() + ", the first day of the period; got " + date
                    + " (that period starts " + period.startOf(date) + ")");
        }
    }

    private void text(String field, String value, int maxLength) {
        if (value.length() > maxLength) {
            add(field, "must be at most " + maxLength + " characters");
        }
        PrivacyCheck.check(field, value).ifPresent(errors::add);
    }
}
