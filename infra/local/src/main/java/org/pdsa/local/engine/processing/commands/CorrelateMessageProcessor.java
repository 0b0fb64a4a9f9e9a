package org.pdsa.local.engine.processing.commands;

import java.util.List;
import org.pdsa.local.engine.processing.Command;
import org.pdsa.local.engine.processing.CommandProcessor;
import org.pdsa.local.engine.processing.ProcessingContext;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.state.BufferedMessage;

/**
 * Correlates a message now, without buffering it: to waiting subscriptions and message start
 * events, under the same rules as a publication; 404 when nothing takes it. Answers with the
 * first process instance it reached.
 */
public final class CorrelateMessageProcessor implements CommandProcessor {

    @Override
    public void process(Command command, ProcessingContext context) {
        MessageCommands.Correlate request = (MessageCommands.Correlate) command.payload();
        if (request.name() == null || request.name().isBlank()) {
            context.reject(Rejection.invalidArgument("Expected a message 'name' to correlate, but none given"));
            return;
        }
        String correlationKey = MessageCommands.correlationKey(request.correlationKey());
        if (!context.events().messages().wouldCorrelate(request.name(), correlationKey)) {
            context.reject(Rejection.notFound("Expected to find subscription for message with name '" + request.name()
                    + "' and correlation key '" + correlationKey + "', but none was found."));
            return;
        }
        String tenant = MessageCommands.tenant(request.tenantId());
        BufferedMessage message = new BufferedMessage(context.nextKey(), request.name(), correlationKey, null, request.variables(),
                tenant, context.now(), context.now());
        List<Long> reached = context.events().messages().correlate(message);
        context.respond(new MessageCommands.Correlated(message.key(), tenant, reached.isEmpty() ? -1 : reached.get(0)));
    }
}
