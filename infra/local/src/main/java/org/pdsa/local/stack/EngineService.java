package org.pdsa.local.stack;

import io.camunda.client.CamundaClient;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pdsa.camunda.CamundaClients;
import org.pdsa.camunda.CamundaProcessEngine;
import org.pdsa.camunda.CamundaSettings;

/** The engine (started by the configured launcher) and one REST client on it for the stack's parts. */
final class EngineService implements Service {

    private EngineLauncher.RunningEngine engine;
    private CamundaClient client;
    private Path temporary;

    @Override
    public String name() {
        return "engine";
    }

    @Override
    public void start(LocalStack stack) throws Exception {
        StackConfig config = stack.config();
        if (config.engine() == null) {
            throw new IllegalStateException("no engine configured");
        }
        Path dataDir;
        if (config.dataDir() != null) {
            dataDir = config.dataDir().resolve("engine");
        } else {
            temporary = Files.createTempDirectory("pdsa-engine-");
            dataDir = temporary;
        }
        engine = config.engine().launch(config.enginePort(), dataDir);
        CamundaSettings settings = CamundaSettings.local(engine.restAddress());
        client = CamundaClients.create(settings);
        stack.engine(engine.restAddress(), client, CamundaProcessEngine.using(client, settings));
    }

    @Override
    public void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (engine != null) {
            engine.stop().close();
        }
        if (temporary != null) {
            try (var files = Files.walk(temporary)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
