package org.pdsa.local.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.pdsa.local.stack.StackConfig;

/**
 * Before starting the stack on fixed ports, finds those another program already listens on, so the demo can
 * say which and what to do instead of failing halfway through a start.
 */
final class PortCheck {

    private PortCheck() {
    }

    /** One sentence per taken port; empty when all are free (port 0 means "any free one" and is not checked). */
    static List<String> taken(StackConfig config) {
        List<String> problems = new ArrayList<>();
        check(problems, config.dynamoPort(), "DynamoDB (dynalite)", "PDSA_DYNAMODB_PORT");
        check(problems, config.enginePort(), "engine", "PDSA_ENGINE_PORT");
        check(problems, config.apiPort(), "API gateway", "PDSA_API_PORT");
        return problems;
    }

    static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void check(List<String> problems, int port, String part, String variable) {
        if (port > 0 && !free(port)) {
            problems.add("port " + port + " (the " + part + ") is already in use: is ./pdsa up or another demo running?"
                    + " Stop it, or set " + variable + " to a free port.");
        }
    }
}
