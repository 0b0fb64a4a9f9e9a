package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;

/** {@code PUT /v2/clock} and {@code POST /v2/clock/reset}: the engine clock is state, journaled like any other. */
public final class ClockCommands {
    private ClockCommands() {}

    /** Body of {@code PUT /v2/clock}. */
    public record Pin(Long timestamp) {
        public static Pin decode(byte[] body) {
            return CommandJson.read(body, Pin.class);
        }
    }

    /** Pins the clock; due dates at or before the new time fire right after (same batch). */
    public static final class PinProcessor implements CommandProcessor {
        @Override
        public void process(Command command, ProcessingContext context) {
            Pin pin = (Pin) command.payload();
            if (pin.timestamp() == null || pin.timestamp() < 0) {
                context.reject(Rejection.invalidArgument("Expected 'timestamp' (epoch milliseconds, zero or positive), but was "
                        + pin.timestamp()));
                return;
            }
            context.state().clock().pin(pin.timestamp());
            context.respond(null);
        }
    }

    /** Back to the system clock. */
    public static final class ResetProcessor implements CommandProcessor {
        @Override
        public void process(Command command, ProcessingContext context) {
            context.state().clock().reset();
            context.respond(null);
        }
    }
}
