package org.pdsa.local.engine.model;

import io.camunda.zeebe.model.bpmn.util.time.Interval;
import io.camunda.zeebe.model.bpmn.util.time.RepeatingInterval;
import io.camunda.zeebe.model.bpmn.util.time.TimeDateTimer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.pdsa.local.engine.feel.EvalResult;

/**
 * When a timer fires: the first due date computed from a timer text (ISO 8601 date, duration or
 * repeating interval, as Zeebe reads them) at engine time {@code now}, and for cycles how many
 * triggers are left ({@code -1} = forever) and the cycle text to compute the next one from.
 */
public record TimerSchedule(long dueDate, int repetitions, String cycle) {

    /** Parses a timer text; a failure says what was expected. */
    public static EvalResult<TimerSchedule> of(TimerDefinition.Type type, String text, long now) {
        if (text == null || text.isBlank()) return EvalResult.failure("Expected a " + describe(type) + ", but found no value");
        String value = text.strip();
        try {
            return switch (type) {
                case DATE -> EvalResult.value(new TimerSchedule(date(value), 1, null));
                case DURATION -> EvalResult.value(new TimerSchedule(Interval.parse(value).toEpochMilli(now), 1, null));
                case CYCLE -> cycle(value, now);
            };
        } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
            return EvalResult.failure("Expected a " + describe(type) + ", but found '" + value + "': " + e.getMessage());
        }
    }

    /** The due date after {@code previousDue} for a cycle: the interval added to the previous due date (not to "now"). */
    public long nextDueDate(long previousDue) {
        Interval interval = RepeatingInterval.parse(cycle).getInterval();
        return new Interval(interval.getPeriod(), interval.getDuration()).toEpochMilli(previousDue);
    }

    /** The schedule after one more trigger, or null when the cycle is exhausted. */
    public TimerSchedule next() {
        if (cycle == null || repetitions == 1) return null;
        return new TimerSchedule(nextDueDate(dueDate), repetitions < 0 ? repetitions : repetitions - 1, cycle);
    }

    private static EvalResult<TimerSchedule> cycle(String value, long now) {
        if (!value.startsWith("R")) {
            return EvalResult.failure("Expected a time cycle as an ISO 8601 repeating interval (for example 'R5/PT10S'), but found '"
                    + value + "'; cron expressions are not supported by the local engine");
        }
        RepeatingInterval interval = RepeatingInterval.parse(value);
        Interval step = interval.getInterval();
        if (step.getPeriod().isZero() && (step.getDuration().isZero() || step.getDuration().isNegative())) {
            return EvalResult.failure("Expected the interval of time cycle '" + value + "' to be positive");
        }
        if (interval.getRepetitions() == 0) return EvalResult.failure("Expected time cycle '" + value + "' to repeat at least once");
        return EvalResult.value(new TimerSchedule(step.toEpochMilli(now), interval.getRepetitions(), value));
    }

    /** ISO 8601 date-time with an offset or zone; a local date-time (as FEEL may give) is read as UTC. */
    private static long date(String value) {
        try {
            return TimeDateTimer.parse(value).getDueDate(0);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC).toEpochMilli();
            } catch (DateTimeParseException ignored) {
                return Instant.parse(value).toEpochMilli(); // throws the message callers report
            }
        }
    }

    private static String describe(TimerDefinition.Type type) {
        return switch (type) {
            case DATE -> "time date (ISO 8601, for example '2030-01-01T09:00:00Z')";
            case DURATION -> "time duration (ISO 8601, for example 'PT15M' or 'P7D')";
            case CYCLE -> "time cycle (ISO 8601 repeating interval, for example 'R5/PT10S')";
        };
    }
}
