package org.pdsa.lambda;

import org.pdsa.camunda.CamundaClients;
import org.pdsa.store.Store;

/** Priming steps for the clients a function keeps for its container: the table's and Camunda's. */
public final class ClientPriming {

    private ClientPriming() {}

    /**
     * Builds the container's Camunda client (credentials from Secrets Manager) and asks the cluster for its
     * topology: the REST client, the OAuth token and JSON mapping are then in the snapshot.
     */
    public static void camunda() {
        CamundaClients.shared().newTopologyRequest().send().join();
    }

    /** A consistent read of an item that does not exist: the DynamoDB client's request path, in the snapshot. */
    public static void table() {
        Store.shared().prime(PrimingRequests.NOBODY);
    }
}
