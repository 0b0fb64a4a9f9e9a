package org.pdsa.local.stack;

import org.pdsa.local.gateway.GatewayConfig;
import org.pdsa.local.gateway.InProcessHandlers;
import org.pdsa.local.gateway.LocalGateway;

/** The API gateway, its handlers built on the stack's table and engine. */
final class GatewayService implements Service {

    private LocalGateway gateway;

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public void start(LocalStack stack) {
        StackConfig config = stack.config();
        GatewayConfig gatewayConfig = new GatewayConfig("127.0.0.1", config.apiPort(), GatewayConfig.AUDIENCE,
                config.keysDir(), config.webDir());
        gateway = LocalGateway.start(gatewayConfig, InProcessHandlers.create(stack.store(), stack.processEngine()));
        stack.gateway(gateway);
    }

    @Override
    public void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }
}
