package org.pdsa.local.engine.rest.search;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.pdsa.local.engine.rest.ResponseJson;

/** One page of search results (immutable views) and the paging facts the REST API reports. */
public record SearchPage<V>(List<V> items, long totalItems, String startCursor, String endCursor) {

    /** Writes one item. */
    @FunctionalInterface
    public interface ItemWriter<V> {
        void write(JsonGenerator json, V item) throws IOException;
    }

    /** Answers 200 with {@code {items: [...], page: {totalItems, hasMoreTotalItems, startCursor, endCursor}}}. */
    public void send(Context ctx, ItemWriter<V> writer) {
        ResponseJson.send(ctx, 200, json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            for (V item : items) writer.write(json, item);
            json.writeEndArray();
            json.writeObjectFieldStart("page");
            json.writeNumberField("totalItems", totalItems);
            json.writeBooleanField("hasMoreTotalItems", false);
            json.writeStringField("startCursor", startCursor);
            json.writeStringField("endCursor", endCursor);
            json.writeEndObject();
            json.writeEndObject();
        });
    }
}
