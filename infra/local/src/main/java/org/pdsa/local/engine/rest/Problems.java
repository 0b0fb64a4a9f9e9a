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

    /** One problem to answer: its status, title and detail. */
    public record Problem(int status, String title, String detail) {}

    public static void write(Context ctx, int status, String title, String detail) {
        byte[] body = json(new Problem(status, title, detail), pathOf(ctx));
        try {
            ResponseJson.write(ctx, status, CONTENT_TYPE, body);
        } catch (RuntimeException responseGone) {
            LOG.debug("could not answer {} {}: {}", status, title, responseGone.toString());
        }
    }

    /** The problem+json body of {@code problem} for the request path {@code instance}. */
    static byte[] json(Problem problem, String instance) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (JsonGenerator json = ResponseJson.FACTORY.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("type", "about:blank");
            json.writeStringField("title", problem.title());
            json.writeNumberField("status", problem.status());
            json.writeStringField("detail", problem.detail());
            json.writeStringField("instance", instance);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
        Problem problem = of(error, () -> ctx.method() + " " + ctx.path());
        write(ctx, problem.status(), problem.title(), problem.detail());
    }

    /** The problem for a failure; anything but a rejection or a refused request is logged as unexpected. */
    static Problem of(Throwable error, java.util.function.Supplier<String> request) {
        Throwable e = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (e instanceof RejectionException r) {
            Rejection rejection = r.rejection();
            return new Problem(rejection.type().status(), rejection.type().name(), rejection.detail());
        } else if (e instanceof ProblemException p) {
            return new Problem(p.status(), p.title(), p.getMessage());
        }
        LOG.error("unexpected failure answering {}", request.get(), e);
        return new Problem(500, "INTERNAL", "the engine failed to answer: " + e);
    }
}
