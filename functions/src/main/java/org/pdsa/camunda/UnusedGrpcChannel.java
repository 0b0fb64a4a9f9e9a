package org.pdsa.camunda;

import io.grpc.CallOptions;
import io.grpc.ClientCall;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import java.util.concurrent.TimeUnit;

/**
 * The gRPC channel of a REST-only client: camunda-client-java would otherwise build a Netty channel it never
 * uses (some 700 classes and about 0.4 s of CPU at every Lambda cold start). A command sent over gRPC anyway
 * fails at once, naming the setting that enables gRPC.
 */
final class UnusedGrpcChannel extends ManagedChannel {

    @Override
    public <Q, R> ClientCall<Q, R> newCall(MethodDescriptor<Q, R> method, CallOptions options) {
        throw new UnsupportedOperationException("This Camunda client talks REST only; " + method.getFullMethodName()
                + " needs gRPC: set CAMUNDA_GRPC_ADDRESS to use it");
    }

    @Override
    public String authority() {
        return "rest-only";
    }

    @Override
    public ManagedChannel shutdown() {
        return this;
    }

    @Override
    public ManagedChannel shutdownNow() {
        return this;
    }

    @Override
    public boolean isShutdown() {
        return true;
    }

    @Override
    public boolean isTerminated() {
        return true;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) {
        return true;
    }
}
