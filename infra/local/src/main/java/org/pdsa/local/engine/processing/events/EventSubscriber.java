package org.pdsa.local.engine.processing.events;

import java.util.function.Predicate;
import org.pdsa.local.engine.feel.EvalResult;
import org.pdsa.local.engine.feel.FeelValues;
import org.pdsa.local.engine.model.EventScope;
import org.pdsa.local.engine.model.EventType;
import org.pdsa.local.engine.model.ExecutableElement;
import org.pdsa.local.engine.model.MessageDefinition;
import org.pdsa.local.engine.model.TimerDefinition;
import org.pdsa.local.engine.model.TimerSchedule;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.state.DueDates;
import org.pdsa.local.engine.state.ElementInstance;
import org.pdsa.local.engine.state.EventSubscription;
import org.pdsa.local.engine.state.EventSubscriptions;
import org.pdsa.local.engine.state.ProcessDefinition;

/**
 * Opens and closes timer and message subscriptions. Expressions (timer texts, message names,
 * correlation keys) are evaluated when the subscription opens, in the owner's variable scope, as
 * Zeebe does; a failure is returned for the caller to turn into an incident.
 */
final class EventSubscriber {
    private final ProcessingContext context;

    EventSubscriber(ProcessingContext context) {
        this.context = context;
    }

    /** Opens the subscriptions of the boundary events and event sub-process starts of an element being activated. */
    EvalResult<Void> openScope(ElementInstance instance, EventScope scope) {
        closeOwned(instance, s -> true); // a retried activation must not subscribe twice
        for (ExecutableElement boundary : scope.boundaryEvents()) {
            EvalResult<Void> opened = openWaiting(instance, boundary);
            if (opened.failed()) return failAndClose(instance, opened);
        }
        for (ExecutableElement start : scope.eventSubProcessStarts()) {
            EvalResult<Void> opened = openWaiting(instance, start);
            if (opened.failed()) return failAndClose(instance, opened);
        }
        return EvalResult.value(null);
    }

    private EvalResult<Void> failAndClose(ElementInstance instance, EvalResult<Void> failure) {
        closeOwned(instance, s -> true);
        return failure;
    }

    /** Opens a timer or message subscription of {@code catchEvent}, owned by {@code owner}; errors need none. */
    EvalResult<Void> openWaiting(ElementInstance owner, ExecutableElement catchEvent) {
        if (catchEvent.eventType() == EventType.TIMER) return openTimer(owner, catchEvent);
        if (catchEvent.eventType() == EventType.MESSAGE || catchEvent.attribute(MessageDefinition.KEY) != null) {
            return openMessage(owner, catchEvent);
        }
        return EvalResult.value(null);
    }

    private EvalResult<Void> openTimer(ElementInstance owner, ExecutableElement catchEvent) {
        TimerDefinition timer = catchEvent.attribute(TimerDefinition.KEY);
        EvalResult<TimerSchedule> schedule = schedule(timer, owner);
        if (schedule.failed()) return schedule.cast();
        EventSubscription subscription = EventSubscription.timer(context.nextKey(), owner, catchEvent,
                owner.processInstance().definition(), context.now(), schedule.get());
        add(subscription);
        return EvalResult.value(null);
    }

    /** A process's timer start event, scheduled at deployment (no variables). */
    EvalResult<Void> openStartTimer(ProcessDefinition definition, ExecutableElement startEvent) {
        EvalResult<TimerSchedule> schedule = schedule(startEvent.attribute(TimerDefinition.KEY), org.pdsa.local.engine.feel.VariableLookup.EMPTY);
        if (schedule.failed()) return schedule.cast();
        add(EventSubscription.timer(context.nextKey(), null, startEvent, definition, context.now(), schedule.get()));
        return EvalResult.value(null);
    }

    private EvalResult<TimerSchedule> schedule(TimerDefinition timer, org.pdsa.local.engine.feel.VariableLookup scope) {
        EvalResult<Object> text = context.expressions().evaluate(timer.expression(), scope);
        if (text.failed()) return text.cast();
        if (text.get() != null && !(text.get() instanceof String)) {
            return EvalResult.failure("Expected the timer expression '" + timer.expression().source().strip()
                    + "' to be a date-time, a duration or a cycle text, but was '" + FeelValues.typeName(text.get()) + "'");
        }
        return TimerSchedule.of(timer.type(), (String) text.get(), context.now());
    }

    private EvalResult<Void> openMessage(ElementInstance owner, ExecutableElement catchEvent) {
        MessageDefinition message = catchEvent.attribute(MessageDefinition.KEY);
        EvalResult<String> name = context.expressions().evaluateString(message.name(), owner);
        if (name.failed()) return name.cast();
        EvalResult<Object> key = context.expressions().evaluate(message.correlationKey(), owner);
        if (key.failed()) return key.cast();
        Object value = key.get();
        if (!(value instanceof String) && !(value instanceof Number)) {
            return EvalResult.failure("Failed to extract the correlation key for '" + message.correlationKey().source().strip()
                    + "': The value must be either a string or a number, but was '" + FeelValues.typeName(value) + "'.");
        }
        EventSubscription subscription = EventSubscription.message(context.nextKey(), owner, catchEvent,
                owner.processInstance().definition(), context.now(), name.get(), String.valueOf(value));
        add(subscription);
        if (!context.state().events().messages().find(name.get(), subscription.correlationKey()).isEmpty()) {
            // a buffered message may be waiting: correlate it once this command's steps are done (Zeebe does it asynchronously too)
            context.state().dueDates().schedule(context.now(), DueDates.Kind.MESSAGE_SUBSCRIPTION_OPENED, subscription.key());
        }
        return EvalResult.value(null);
    }

    private void add(EventSubscription subscription) {
        context.state().events().subscriptions().add(subscription);
        if (subscription.kind() == EventSubscription.Kind.TIMER) {
            context.state().dueDates().schedule(subscription.schedule().dueDate(), DueDates.Kind.TIMER, subscription.key());
        }
    }

    /** Moves a cycle timer on to its next due date, or closes the subscription when it fired for the last time. */
    void rescheduleOrClose(EventSubscription timer) {
        TimerSchedule next = timer.schedule().next();
        if (next == null) {
            close(timer);
            return;
        }
        timer.setSchedule(next);
        context.state().dueDates().schedule(next.dueDate(), DueDates.Kind.TIMER, timer.key());
    }

    void close(EventSubscription subscription) {
        context.state().events().subscriptions().remove(subscription);
        if (subscription.kind() == EventSubscription.Kind.TIMER) {
            context.state().dueDates().cancel(subscription.schedule().dueDate(), DueDates.Kind.TIMER, subscription.key());
        }
    }

    /** Closes the subscriptions an element instance owns that match {@code which}. */
    void closeOwned(ElementInstance owner, Predicate<EventSubscription> which) {
        EventSubscriptions subscriptions = context.state().events().subscriptions();
        if (subscriptions.isEmpty()) return;
        for (EventSubscription subscription : subscriptions.ownedBy(owner.key())) {
            if (which.test(subscription)) close(subscription);
        }
    }
}
