package org.pdsa.local.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * How to run the local stack: ports (0 picks free ones), where data lives ({@code dataDir} null keeps the table
 * in memory and the engine in a temporary folder), the table's name, the folders of the workflows to deploy,
 * the web app and the signing key, the engine to start, and the extra services (job workers) started last.
 * {@code engineStandIn}, for tests of the API alone, replaces the engine: none is started or deployed to, and
 * the handlers talk to the stand-in.
 */
public record StackConfig(
        int dynamoPort,
        int enginePort,
        int apiPort,
        Path dataDir,
        String tableName,
        Path workflowsDir,
        Path webDir,
        Path keysDir,
        EngineLauncher engine,
        org.pdsa.camunda.ProcessEngine engineStandIn,
        List<Service> extraServices) {

    public static final Path DATA_DIR = Path.of(".pdsa");

    public StackConfig {
        extraServices = extraServices == null ? List.of() : List.copyOf(extraServices);
    }

    /**
     * {@code ./pdsa up}: the contract's ports (8000, 8080, 3000, or {@code PDSA_DYNAMODB_PORT},
     * {@code PDSA_ENGINE_PORT}, {@code PDSA_API_PORT}), data under .pdsa/, the repository's workflows/ and web/.
     */
    public static StackConfig contract(EngineLauncher engine) {
        return new StackConfig(port("PDSA_DYNAMODB_PORT", 8000), port("PDSA_ENGINE_PORT", 8080),
                port("PDSA_API_PORT", 3000), DATA_DIR, "pdsa", Path.of("workflows"), Path.of("web"),
                org.pdsa.local.gateway.LocalKeys.DEFAULT_DIR, engine, null, StackServices.extra());
    }

    /** Tests: free ports, the table in memory, keys in {@code scratch}, the repository's workflows/. */
    public static StackConfig ephemeral(Path scratch, Path repositoryRoot, EngineLauncher engine) {
        return new StackConfig(0, 0, 0, null, "pdsa-" + Long.toHexString(System.nanoTime()),
                repositoryRoot.resolve("workflows"), repositoryRoot.resolve("web"), scratch.resolve("keys"), engine, null,
                StackServices.extra());
    }

    public StackConfig withExtraServices(List<Service> services) {
        return new StackConfig(dynamoPort, enginePort, apiPort, dataDir, tableName, workflowsDir, webDir, keysDir, engine,
                engineStandIn, services);
    }

    public StackConfig withWorkflowsDir(Path value) {
        return new StackConfig(dynamoPort, enginePort, apiPort, dataDir, tableName, value, webDir, keysDir, engine,
                engineStandIn, extraServices);
    }

    public StackConfig withEngine(EngineLauncher value) {
        return new StackConfig(dynamoPort, enginePort, apiPort, dataDir, tableName, workflowsDir, webDir, keysDir, value,
                engineStandIn, extraServices);
    }

    /** The API against {@code standIn} instead of an engine (tests of the API alone). */
    public StackConfig withEngineStandIn(org.pdsa.camunda.ProcessEngine standIn) {
        return new StackConfig(dynamoPort, enginePort, apiPort, dataDir, tableName, workflowsDir, webDir, keysDir, null,
                standIn, extraServices);
    }

    static int port(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " must be a port number, got '" + value + "'");
        }
    }
}
