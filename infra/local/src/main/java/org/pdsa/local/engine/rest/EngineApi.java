package org.pdsa.local.engine.rest;

import java.util.concurrent.CompletableFuture;
import org.pdsa.local.engine.JobLatency;
import org.pdsa.local.engine.model.BpmnTransformer;
import org.pdsa.local.engine.processing.CommandType;
import org.pdsa.local.engine.processing.commands.Query;

/** What HTTP routes may do with the engine: submit commands, run read-only queries. */
public interface EngineApi {

    /** Submits a command; the future completes with the processor's answer once durable, or with a RejectionException. */
    CompletableFuture<Object> submit(CommandType type, long key, byte[] body, Object payload);

    /** Runs a read on the processor thread. */
    CompletableFuture<Object> query(Query.Reader reader);

    /** For parsing BPMN on the HTTP thread before a deployment is submitted. */
    BpmnTransformer transformer();

    JobLatency jobLatency();

    /** The port the engine listens on (topology reports it). */
    int port();
}
