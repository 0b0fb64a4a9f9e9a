package org.pdsa.local.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Real events for the template's functions, answered from {@link SampleData}: for an API function an API
 * Gateway HTTP API (payload 2.0) event of one of its routes with the JWT claims API Gateway's authorizer
 * delivers (all strings, lists as {@code [a b]}); for a worker the event its EventBridge Scheduler schedule
 * sends, built from the schedule's {@code Input} in template.yaml with Scheduler's context attributes filled.
 */
public final class SampleEvents {

    /** A request one route answers from the sample data, and the status it answers with. */
    public record SampleRequest(String routeKey, Map<String, String> pathParameters, Map<String, String> claims,
                                String body, int status) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String ISSUER = "https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_Sample";

    /** Sample requests by route key; a function is sampled on the first of its routes found here. */
    public static final Map<String, SampleRequest> REQUESTS = requests();

    private SampleEvents() {}

    private static Map<String, SampleRequest> requests() {
        Map<String, SampleRequest> requests = new LinkedHashMap<>();
        add(requests, new SampleRequest("GET /health", Map.of(), Map.of(), null, 200));
        add(requests, new SampleRequest("POST /analyses/spc", Map.of(), staff(),
                "{\"direction\":\"decrease\",\"points\":[{\"date\":\"2024-01-01\",\"value\":10},"
                        + "{\"date\":\"2024-01-08\",\"value\":12},{\"date\":\"2024-01-15\",\"value\":11},"
                        + "{\"date\":\"2024-01-22\",\"value\":13},{\"date\":\"2024-01-29\",\"value\":10}]}", 200));
        add(requests, new SampleRequest("GET /programmes/{id}", Map.of("id", SampleData.PROGRAMME), manager(), null, 200));
        add(requests, new SampleRequest("GET /cycles/{id}", Map.of("id", SampleData.CYCLE), providerSystem(), null, 200));
        add(requests, new SampleRequest("POST /providers/{id}/measurements", Map.of("id", SampleData.PROVIDER),
                providerSystem(), "{\"programme\":\"" + SampleData.PROGRAMME + "\",\"measure\":\"" + SampleData.MEASURE
                        + "\",\"points\":[{\"period\":\"2024-01-01\",\"value\":41}]}", 200));
        add(requests, new SampleRequest("GET /tasks", Map.of(), staff(), null, 200));
        return Map.copyOf(requests);
    }

    private static void add(Map<String, SampleRequest> requests, SampleRequest request) {
        requests.put(request.routeKey(), request);
    }

    /** The sample request of an API function: its first route that has one. */
    public static Optional<SampleRequest> requestFor(TemplateFunction function) {
        return function.httpRoutes().stream().map(route -> REQUESTS.get(route.key()))
                .filter(java.util.Objects::nonNull).findFirst();
    }

    /** The event a function gets in the sample: an HTTP API request or its schedule's event. */
    public static String eventFor(SamTemplate template, TemplateFunction function, Instant now) {
        if (!function.httpRoutes().isEmpty()) {
            SampleRequest request = requestFor(function).orElseThrow(() -> new IllegalStateException(
                    "no sample request for any route of " + function.logicalId() + ": add one to SampleEvents"));
            return httpEvent(request, now);
        }
        return schedulerEvent(template, function, now);
    }

    /** An API Gateway HTTP API event (payload format 2.0) for the request, as its JWT authorizer passes it on. */
    public static String httpEvent(SampleRequest request, Instant now) {
        String method = request.routeKey().substring(0, request.routeKey().indexOf(' '));
        String path = request.routeKey().substring(request.routeKey().indexOf(' ') + 1);
        for (Map.Entry<String, String> parameter : request.pathParameters().entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        ObjectNode event = JSON.createObjectNode().put("version", "2.0").put("routeKey", request.routeKey())
                .put("rawPath", path).put("rawQueryString", "");
        ObjectNode headers = event.putObject("headers").put("accept", "application/json")
                .put("host", "a1b2c3d4e5.execute-api.eu-west-2.amazonaws.com").put("user-agent", "pdsa-sample")
                .put("x-forwarded-proto", "https");
        if (!request.claims().isEmpty()) {
            headers.put("authorization", "Bearer (checked by API Gateway's JWT authorizer)");
        }
        if (request.body() != null) {
            headers.put("content-type", "application/json");
        }
        if (!request.pathParameters().isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            request.pathParameters().forEach(parameters::put);
        }
        ObjectNode context = event.putObject("requestContext").put("accountId", LocalDeployment.ACCOUNT)
                .put("apiId", "a1b2c3d4e5").put("domainName", "a1b2c3d4e5.execute-api.eu-west-2.amazonaws.com")
                .put("domainPrefix", "a1b2c3d4e5").put("requestId", UUID.randomUUID().toString())
                .put("routeKey", request.routeKey()).put("stage", "$default").put("time", TIME.format(now))
                .put("timeEpoch", now.toEpochMilli());
        context.putObject("http").put("method", method).put("path", path).put("protocol", "HTTP/1.1")
                .put("sourceIp", "203.0.113.24").put("userAgent", "pdsa-sample");
        if (!request.claims().isEmpty()) {
            ObjectNode claims = context.putObject("authorizer").putObject("jwt");
            ObjectNode values = claims.putObject("claims");
            values.put("iss", ISSUER).put("aud", "pdsa-web").put("iat", Long.toString(now.getEpochSecond()))
                    .put("exp", Long.toString(now.getEpochSecond() + 3600));
            request.claims().forEach(values::put);
            claims.putNull("scopes");
        }
        if (request.body() != null) {
            event.put("body", request.body());
        }
        event.put("isBase64Encoded", false);
        return event.toString();
    }

    /** The event the function's schedule in template.yaml sends: its Input, context attributes filled. */
    public static String schedulerEvent(SamTemplate template, TemplateFunction function, Instant now) {
        String scheduleId = scheduleOf(template, function);
        Map<String, Object> target = SamTemplate.map(SamTemplate.map(template.resource(scheduleId).get("Properties"),
                scheduleId).get("Target"), scheduleId + ".Target");
        String input = String.valueOf(target.getOrDefault("Input", "{}"));
        return input.replace("<aws.scheduler.schedule-arn>", "arn:aws:scheduler:" + LocalDeployment.REGION + ":"
                        + LocalDeployment.ACCOUNT + ":schedule/default/" + scheduleId)
                .replace("<aws.scheduler.scheduled-time>", DateTimeFormatter.ISO_INSTANT.format(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .replace("<aws.scheduler.execution-id>", UUID.randomUUID().toString())
                .replace("<aws.scheduler.attempt-number>", "1");
    }

    /** The job type a worker's schedule names in its Input ({@code jobType}). */
    public static Optional<String> jobTypeOf(SamTemplate template, TemplateFunction function) {
        try {
            return Optional.ofNullable(JSON.readTree(schedulerEvent(template, function, Instant.EPOCH))
                    .path("jobType").textValue());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the Input of " + function.logicalId() + "'s schedule is not JSON", e);
        }
    }

    /** The logical id of the schedule whose target is the function's alias. */
    public static String scheduleOf(SamTemplate template, TemplateFunction function) {
        Map<String, Object> alias = Map.of("Ref", function.logicalId() + ".Alias");
        List<String> schedules = template.resourcesOfType("AWS::Scheduler::Schedule").stream()
                .filter(id -> alias.equals(SamTemplate.map(SamTemplate.map(template.resource(id).get("Properties"), id)
                        .get("Target"), id).get("Arn")))
                .toList();
        if (schedules.size() != 1) {
            throw new IllegalStateException(function.logicalId() + " has " + schedules.size()
                    + " schedules targeting its alias; expected one");
        }
        return schedules.get(0);
    }

    private static Map<String, String> staff() {
        return Map.of("sub", SampleData.STAFF, "role", "staff", "provider", SampleData.PROVIDER,
                "groups", "[" + SampleData.LEAD_GROUP + "]");
    }

    private static Map<String, String> manager() {
        return Map.of("sub", SampleData.MANAGER, "role", "manager");
    }

    private static Map<String, String> providerSystem() {
        return Map.of("sub", SampleData.PROVIDER_SYSTEM, "role", "provider", "provider", SampleData.PROVIDER);
    }
}
