package org.pdsa.local.engine.rest;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.commands.ActivatedJob;
import org.pdsa.local.engine.processing.commands.ActivatedJobs;
import org.pdsa.local.engine.processing.commands.CreateProcessInstance;
import org.pdsa.local.engine.processing.commands.CreateProcessInstanceResult;
import org.pdsa.local.engine.processing.commands.JobCommands;
import org.pdsa.local.engine.processing.commands.PollJobs;

/**
 * The routes every instance goes through (create a process instance, activate jobs, complete a
 * job) as a plain Jetty handler in front of Javalin. Profiling showed the servlet and Javalin
 * layers (context, routing, async servlet completion) as the largest share of the engine's CPU on
 * these routes; this handler reads the body, submits, and writes the answer from the thread that
 * completes the future. Every other request falls through to Javalin.
 */
final class HotRoutes extends Handler.Wrapper {
    private static final long MAX_BODY = 64L << 20;
    private static final String JOBS = "/v2/jobs/";
    private static final String COMPLETION = "/completion";

    private final EngineApi engine;

    HotRoutes(EngineApi engine) {
        this.engine = engine;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"POST".equals(request.getMethod())) return super.handle(request, response, callback);
        String path = request.getHttpURI().getPath();
        Route route;
        if ("/v2/process-instances".equals(path)) route = this::create;
        else if ("/v2/jobs/activation".equals(path)) route = this::activate;
        else if (isCompletion(path)) route = body -> complete(path, body);
        else return super.handle(request, response, callback);
        long length = request.getLength();
        if (length > MAX_BODY) {
            fail(request, response, callback, new ProblemException(413, "PAYLOAD_TOO_LARGE", "The request body is larger than 64 MB"));
            return true;
        }
        Content.Source.asByteArrayAsync(request, (int) MAX_BODY).whenComplete((body, readFailure) -> {
            if (readFailure != null) {
                fail(request, response, callback, ProblemException.badRequest("The request body could not be read: " + readFailure.getMessage()));
                return;
            }
            try {
                route.answer(body).whenComplete((answer, error) -> {
                    if (error != null) fail(request, response, callback, error);
                    else send(request, response, callback, answer);
                });
            } catch (RuntimeException e) {
                fail(request, response, callback, e);
            }
        });
        return true;
    }

    private static boolean isCompletion(String path) {
        return path.startsWith(JOBS) && path.endsWith(COMPLETION) && path.length() > JOBS.length() + COMPLETION.length()
                && path.indexOf('/', JOBS.length()) == path.length() - COMPLETION.length();
    }

    private CompletableFuture<Answer> create(byte[] body) {
        CreateProcessInstance create = Http.body(body, CreateProcessInstance::decode);
        return engine.submit(CommandType.CREATE_PROCESS_INSTANCE, 0, body, create).thenApply(value ->
                Answer.json(ResponseJson.bytes(json -> ProcessInstanceJson.writeCreated(json, (CreateProcessInstanceResult) value))));
    }

    private CompletableFuture<Answer> activate(byte[] body) {
        PollJobs poll = Http.body(body, PollJobs::decode);
        return engine.submit(CommandType.POLL_JOBS, 0, null, poll).thenApply(value -> {
            ActivatedJobs jobs = (ActivatedJobs) value;
            long now = System.nanoTime();
            for (ActivatedJob job : jobs.jobs()) engine.jobLatency().record(now - job.activatableSinceNanos());
            if (!jobs.jobs().isEmpty()) engine.jobLatency().batchHandedOut();
            return Answer.json(ResponseJson.bytes(json -> JobRoutes.writeJobs(json, jobs)));
        });
    }

    private CompletableFuture<Answer> complete(String path, byte[] body) {
        long key = Http.key(path.substring(JOBS.length(), path.length() - COMPLETION.length()), "jobKey");
        JobCommands.Complete complete = Http.body(body, JobCommands.Complete::decode);
        return engine.submit(CommandType.COMPLETE_JOB, key, body, complete).thenApply(value -> Answer.NO_CONTENT);
    }

    private static void send(Request request, Response response, Callback callback, Answer answer) {
        response.setStatus(answer.status());
        if (answer.body() == null) {
            callback.succeeded();
            return;
        }
        write(response, callback, answer.contentType(), answer.body());
    }

    private static void fail(Request request, Response response, Callback callback, Throwable error) {
        Problems.Problem problem = Problems.of(error, () -> request.getMethod() + " " + request.getHttpURI().getPath());
        try {
            response.setStatus(problem.status());
            write(response, callback, Problems.CONTENT_TYPE, Problems.json(problem, request.getHttpURI().getPath()));
        } catch (RuntimeException responseGone) { // committed or the client went away
            callback.failed(responseGone);
        }
    }

    private static void write(Response response, Callback callback, String contentType, byte[] body) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** One hot route: decode the body (on the HTTP thread), submit, render the engine's answer. */
    @FunctionalInterface
    private interface Route {
        CompletableFuture<Answer> answer(byte[] body);
    }

    /** A rendered answer; a null body means no content. */
    private record Answer(int status, String contentType, byte[] body) {
        static final Answer NO_CONTENT = new Answer(204, null, null);

        static Answer json(byte[] body) {
            return new Answer(200, "application/json", body);
        }
    }
}
