package org.pdsa.store;

import java.util.Map;

/** The response an idempotent request produced, replayed for repeats with the same body. */
public record StoredResponse(int status, Map<String, String> headers, String body) {

    public StoredResponse {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
