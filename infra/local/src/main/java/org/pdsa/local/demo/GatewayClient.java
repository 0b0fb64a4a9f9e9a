package org.pdsa.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.function.Supplier;
import org.pdsa.local.gateway.TokenIssuer;
import org.pdsa.local.stack.ApiCalls;
import org.pdsa.local.stack.DemoIdentities.Identity;

/**
 * The demo's people and systems calling the HTTP API through the local gateway ({@link ApiCalls}), each with its
 * own token: {@code api.as(lead).get("/tasks")}. An answer outside 2xx is a {@link DemoFailure} quoting the
 * problem's detail.
 */
final class GatewayClient {

    private final ApiCalls calls;

    GatewayClient(URI base, TokenIssuer tokens) {
        this.calls = new ApiCalls(base, tokens);
    }

    /** Calls made as {@code identity}. */
    Caller as(Identity identity) {
        return new Caller(identity);
    }

    /** One caller's requests. */
    final class Caller {
        private final Identity identity;

        private Caller(Identity identity) {
            this.identity = identity;
        }

        JsonNode get(String path) {
            return checked("GET " + path, () -> calls.get(identity, path));
        }

        JsonNode post(String path, Object body) {
            return checked("POST " + path, () -> calls.post(identity, path, body));
        }

        private JsonNode checked(String what, Supplier<ApiCalls.Reply> call) {
            ApiCalls.Reply reply;
            try {
                reply = call.get();
            } catch (UncheckedIOException | IllegalStateException e) {
                throw new DemoFailure(identity.subject() + ": " + what + " did not get through: " + e.getMessage());
            }
            if (!reply.ok()) {
                throw new DemoFailure(identity.subject() + ": " + what + " answered " + reply.status() + ": "
                        + reply.problem());
            }
            return reply.body();
        }
    }
}
