package org.pdsa.local.stack;

import org.pdsa.local.gateway.GatewayConfig;
import org.pdsa.local.gateway.InProcessHandlers;
import org.pdsa.local.gateway.LocalGateway;
import org.pdsa.local.gateway.SignInIdentity;
import org.pdsa.local.gateway.WebApp;

/** The API gateway, its handlers built on the stack's table and engine, serving the web app (installed on first use). */
final class GatewayService implements Service {

    private LocalGateway gateway;

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public void start(LocalStack stack) {
        StackConfig config = stack.config();
        WebApp.at(config.webDir()).ifPresent(web -> {
            try {
                web.install(stack.progress());
            } catch (IllegalStateException e) {
                // the API works without the web app: say why the pages will look bare, and go on
                stack.progress().accept("web app: the NHS.UK frontend is not installed, pages will lack their styles: "
                        + e.getMessage());
            }
        });
        GatewayConfig gatewayConfig = new GatewayConfig("127.0.0.1", config.apiPort(), GatewayConfig.AUDIENCE,
                config.keysDir(), config.webDir(), DemoIdentities.ALL.stream()
                        .map(i -> new SignInIdentity(i.role(), i.subject(), i.provider(), i.groups())).toList());
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
