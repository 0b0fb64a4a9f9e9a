package org.pdsa.local.engine.processing;

import java.util.concurrent.CompletableFuture;
import org.pdsa.local.engine.journal.DurableAction;

/** A response held back until the journal is durable up to the batch that produced it. */
record Release(CompletableFuture<Object> future, Object value, Rejection rejection) implements DurableAction {
    @Override
    public void durable() {
        if (rejection != null) future.completeExceptionally(new RejectionException(rejection));
        else future.complete(value);
    }

    @Override
    public void failed(Throwable cause) {
        future.completeExceptionally(new RejectionException(new Rejection(Rejection.Type.UNAVAILABLE,
                "the engine could not make the command durable: " + cause.getMessage())));
    }
}
