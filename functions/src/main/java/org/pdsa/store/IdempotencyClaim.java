package org.pdsa.store;

/** The answer to "may I run this request?" for an Idempotency-Key. */
public sealed interface IdempotencyClaim {

    /** First time (or a stale attempt taken over): run the request, then complete or release the claim. */
    record Proceed() implements IdempotencyClaim {
    }

    /** Already done with the same body: answer with the stored response. */
    record Replay(StoredResponse response) implements IdempotencyClaim {
    }

    /** The key was used with a different body: refuse (422). */
    record Mismatch() implements IdempotencyClaim {
    }

    /** The same request is running right now: ask the client to retry later (409). */
    record InProgress() implements IdempotencyClaim {
    }
}
