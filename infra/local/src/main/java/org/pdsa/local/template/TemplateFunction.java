package org.pdsa.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code AWS::Serverless::Function} of template.yaml with the Globals applied: what Lambda is given
 * (handler, runtime, memory, timeout, environment) and what the template wires to it (policies, events).
 * Values may hold intrinsic functions in their long form.
 */
public record TemplateFunction(String logicalId, Map<String, Object> properties) {

    /** A route of the function: an {@code HttpApi} event's method and path, and whether it needs a token. */
    public record HttpRoute(String event, String method, String path, boolean authorized) {
        /** API Gateway's route key, as {@code org.pdsa.api.Route#key()}. */
        public String key() {
            return method + " " + path;
        }
    }

    public TemplateFunction {
        properties = Map.copyOf(new LinkedHashMap<>(properties));
    }

    public String handler() {
        return text("Handler");
    }

    public String runtime() {
        return text("Runtime");
    }

    /** The handler's class: what comes before {@code ::}. */
    public String handlerClass() {
        String handler = handler();
        return handler.contains("::") ? handler.substring(0, handler.indexOf("::")) : handler;
    }

    /** The handler's method, {@code handleRequest} when the Handler string names none. */
    public String handlerMethod() {
        String handler = handler();
        return handler.contains("::") ? handler.substring(handler.indexOf("::") + 2) : "handleRequest";
    }

    public int memorySize() {
        return number("MemorySize", 128);
    }

    public int timeout() {
        return number("Timeout", 3);
    }

    /** {@code Environment.Variables}, values unresolved. */
    public Map<String, Object> environment() {
        Object environment = properties.get("Environment");
        if (environment == null) {
            return Map.of();
        }
        Object variables = SamTemplate.map(environment, logicalId + ".Environment").get("Variables");
        return variables == null ? Map.of() : SamTemplate.map(variables, logicalId + ".Environment.Variables");
    }

    /** {@code Policies}, unresolved: policy documents, SAM policy templates or managed policy names. */
    public List<Object> policies() {
        Object policies = properties.get("Policies");
        if (policies == null) {
            return List.of();
        }
        return policies instanceof List<?> list ? new ArrayList<>(list) : List.of(policies);
    }

    public Map<String, Object> events() {
        Object events = properties.get("Events");
        return events == null ? Map.of() : SamTemplate.map(events, logicalId + ".Events");
    }

    /** The function's {@code HttpApi} events. */
    public List<HttpRoute> httpRoutes() {
        List<HttpRoute> routes = new ArrayList<>();
        events().forEach((name, event) -> {
            Map<String, Object> definition = SamTemplate.map(event, logicalId + ".Events." + name);
            if (!"HttpApi".equals(definition.get("Type"))) {
                return;
            }
            Map<String, Object> props = SamTemplate.map(definition.getOrDefault("Properties", Map.of()), name);
            Object auth = props.get("Auth");
            boolean open = auth instanceof Map<?, ?> a && "NONE".equals(a.get("Authorizer"));
            routes.add(new HttpRoute(name, String.valueOf(props.get("Method")).toUpperCase(),
                    String.valueOf(props.get("Path")), !open));
        });
        return routes;
    }

    public Object property(String name) {
        return properties.get(name);
    }

    private String text(String name) {
        Object value = properties.get(name);
        if (!(value instanceof String text)) {
            throw new IllegalStateException("function " + logicalId + " has no " + name + " string");
        }
        return text;
    }

    private int number(String name, int fallback) {
        Object value = properties.get(name);
        return value instanceof Number n ? n.intValue() : fallback;
    }
}
