package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.function.Consumer;
import org.pdsa.local.engine.rest.EngineApi;
import org.pdsa.local.engine.rest.Http;
import org.pdsa.local.engine.rest.ProblemException;
import org.pdsa.local.engine.rest.ResponseJson;
import org.pdsa.local.engine.state.EngineState;

/** Runs a search route: parse and validate on the HTTP thread, filter/sort/page on the processor thread, render the page. */
public final class Searches {
    private Searches() {}

    /** Where a search's candidates come from, read on the processor thread. */
    @FunctionalInterface
    public interface Source<T> {
        void forEach(EngineState state, Consumer<T> action);
    }

    /** Makes the immutable view of one item of the page, on the processor thread. */
    @FunctionalInterface
    public interface View<T, V> {
        V of(EngineState state, T item);
    }

    public static <T, V> void answer(Context ctx, EngineApi engine, SearchSpec<T> spec, Source<T> source, View<T, V> view,
                                     SearchPage.ItemWriter<V> writer) {
        SearchQuery<T> query = spec.parse(body(Http.bodyBytes(ctx)));
        Http.respond(ctx, engine.query(state -> query.run(action -> source.forEach(state, action), item -> view.of(state, item))),
                (c, value) -> {
                    @SuppressWarnings("unchecked")
                    SearchPage<V> page = (SearchPage<V>) value;
                    page.send(c, writer);
                });
    }

    /** A JSON object body ({} when empty); 400 when it is not JSON or not an object. */
    public static JsonNode body(byte[] body) {
        JsonNode node;
        try {
            node = body == null || body.length == 0 ? null : ResponseJson.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw ProblemException.badRequest("The request body is not valid JSON: " + e.getMessage());
        }
        if (node == null || node.isNull() || node.isMissingNode()) return ResponseJson.MAPPER.createObjectNode();
        if (!node.isObject()) throw ProblemException.badRequest("Expected the request body to be a JSON object, but was " + node.getNodeType());
        return node;
    }
}
