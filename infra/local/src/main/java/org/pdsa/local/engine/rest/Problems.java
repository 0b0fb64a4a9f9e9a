package org.pdsa.local.engine.rest;

import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletionException;
import org.pdsa.local.engine.processing.Rejection;
import org.pdsa.local.engine.processing.RejectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes errors as {@code application/problem+json} (RFC 9457): type, title, status, detail, instance. */
public final class Problems {
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";

    private Problems() {}

    public static void write(Context ctx, int status, String title, String detail) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = ResponseJson.FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("type", "about:blank");
            json.writeStringField("title", title);
            json.writeNumberField("status", status);
            json.writeStringField("detail", detail);
            json.writeStringField("instance", pathOf(ctx));
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ResponseJson.write(ctx, status, CONTENT_TYPE, bytes.toByteArray());
        } catch (RuntimeException responseGone) {
            LOG.debug("could not answer {} {}: {}", status, title, responseGone.toString());
        }
    }

    private static String pathOf(Context ctx) {
        try {
            return ctx.path();
        } catch (RuntimeException requestGone) { // the client went away while we answered
            return null;
        }
    }

    /** Maps anything a route or the engine failed with to a problem response. */
    public static void write(Context ctx, Throwable error) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof RejectionException r) {
            Rejection rejection = r.rejection();
            write(ctx, rejection.type().status(), rejection.type().name(), rejection.detail());
        } else if (e instanceof ProblemException p) {
            write(ctx, p.status(), p.title(), p.getMessage());
        } else {
            LOG.error("unexpected failure answering {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "INTERNAL", "the engine failed to answer: " + e);
        }
    }
}
