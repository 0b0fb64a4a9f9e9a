package org.pdsa.local.engine.processing.commands;

import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.BufferedMessage;

/**
 * Publishes a message: correlates it to waiting subscriptions and message start events, and
 * buffers it for its time to live. A message id makes publication idempotent: while a message
 * with the same name, correlation key and id is buffered, another is refused (409).
 */
public final class PublishMessageProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        MessageCommands.Publish request = (MessageCommands.Publish) command.payload();
        if (request.name() == null || request.name().isBlank()) {
            context.reject(Rejection.invalidArgument("Expected a message 'name' to publish, but none given"));
            return;
        }
        long ttl = request.timeToLive() == null ? 0 : request.timeToLive();
        if (ttl < 0) {
            context.reject(Rejection.invalidArgument("Expected 'timeToLive' to be zero or positive (milliseconds), but was " + ttl));
            return;
        }
        String correlationKey = MessageCommands.correlationKey(request.correlationKey());
        BufferedMessage duplicate = context.state().events().messages().findDuplicate(request.name(), correlationKey, request.messageId());
        if (duplicate != null) {
            context.reject(new Rejection(Rejection.Type.ALREADY_EXISTS, "Expected to publish a new message with id '" + request.messageId()
                    + "', but a message with that id was already published (name '" + request.name() + "', correlation key '"
                    + correlationKey + "') and is still buffered"));
            return;
        }
        String tenant = MessageCommands.tenant(request.tenantId());
        BufferedMessage message = new BufferedMessage(context.nextKey(), request.name(), correlationKey,
                request.messageId() == null || request.messageId().isEmpty() ? null : request.messageId(), request.variables(),
                tenant, context.now(), context.now() + ttl);
        context.events().messages().correlate(message);
        if (ttl > 0) context.events().messages().buffer(message);
        context.respond(new MessageCommands.Published(message.key(), tenant));
    }
}
