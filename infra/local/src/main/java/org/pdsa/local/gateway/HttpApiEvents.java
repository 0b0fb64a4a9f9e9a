package org.pdsa.local.gateway;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.nio.charset.CharacterCodingException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.pdsa.api.Route;

/**
 * Builds the event API Gateway (HTTP API, payload format 2.0) would hand a Lambda for a request: version,
 * routeKey, rawPath, rawQueryString, lower-cased headers (repeated ones joined by commas), path and query
 * parameters (repeated ones joined by commas), the body (base64 when it is not UTF-8 text), and the request
 * context with method, path, source IP, request id, time and the authorizer's JWT claims and scopes.
 */
final class HttpApiEvents {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private HttpApiEvents() {
    }

    static APIGatewayV2HTTPEvent of(Context ctx, Route route, JwtAuthorizer.Authorized auth, String domain, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : ctx.req().getHeaderNames() == null ? List.<String>of()
                : java.util.Collections.list(ctx.req().getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), String.join(",", java.util.Collections.list(ctx.req().getHeaders(name))));
        }
        Map<String, String> query = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((name, values) -> query.put(name, String.join(",", values)));
        byte[] bytes = ctx.bodyAsBytes();
        String body = null;
        boolean base64 = false;
        if (bytes.length > 0) {
            body = utf8(bytes);
            if (body == null) {
                body = Base64.getEncoder().encodeToString(bytes);
                base64 = true;
            }
        }
        RequestContext.Authorizer authorizer = auth == null ? null : RequestContext.Authorizer.builder()
                .withJwt(RequestContext.Authorizer.JWT.builder().withClaims(auth.claims()).withScopes(auth.scopes()).build())
                .build();
        RequestContext context = RequestContext.builder()
                .withAccountId("000000000000")
                .withApiId("local")
                .withDomainName(domain)
                .withDomainPrefix(domain.split("[.:]")[0])
                .withStage("$default")
                .withRouteKey(route.key())
                .withRequestId(UUID.randomUUID().toString())
                .withTime(TIME.format(now))
                .withTimeEpoch(now.toEpochMilli())
                .withHttp(RequestContext.Http.builder()
                        .withMethod(route.method())
                        .withPath(ctx.path())
                        .withProtocol(ctx.protocol())
                        .withSourceIp(ctx.ip())
                        .withUserAgent(ctx.userAgent() == null ? "" : ctx.userAgent())
                        .build())
                .withAuthorizer(authorizer)
                .build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.key())
                .withRawPath(ctx.path())
                .withRawQueryString(ctx.queryString() == null ? "" : ctx.queryString())
                .withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(ctx.pathParamMap().isEmpty() ? null : new LinkedHashMap<>(ctx.pathParamMap()))
                .withBody(body)
                .withIsBase64Encoded(base64)
                .withRequestContext(context)
                .build();
    }

    /** The bytes as text when they are valid UTF-8, else null (API Gateway then base64-encodes them). */
    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
