package org.pdsa.local.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.pdsa.api.Route;
import org.pdsa.api.Routes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local API gateway ({@code http://localhost:3000}, as {@code sam local start-api}): the routes of
 * {@link Routes} dispatched in process to the same handlers API Gateway would invoke, with the JWT check of
 * API Gateway's JWT authorizer in front ({@code 401 {"message":"Unauthorized"}}), the signing key's JWKS at
 * {@code /.well-known/jwks.json}, the web app's files at {@code /} with its {@code config.json}, and a local OpenID
 * Connect provider for the web app's sign-in ({@link LocalSignIn}).
 */
public final class LocalGateway implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalGateway.class);
    private static final String ANSWERED = "pdsa.answered";

    private final Javalin app;
    private final TokenIssuer tokens;

    private LocalGateway(Javalin app, TokenIssuer tokens) {
        this.app = app;
        this.tokens = tokens;
    }

    /**
     * Starts the gateway with one handler per handler class of the route table (see
     * {@link InProcessHandlers}).
     */
    public static LocalGateway start(GatewayConfig config,
            Map<Class<?>, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers) {
        for (Route route : Routes.ALL) {
            if (!handlers.containsKey(route.handler())) {
                throw new IllegalArgumentException("no handler for " + route.key() + " (" + route.handler().getName() + ")");
            }
        }
        LocalKeys keys = LocalKeys.inDirectory(config.keysDir());
        // the issuer names the port, known only once bound when the port is 0: the routes read it late
        JwtAuthorizer[] authorizer = new JwtAuthorizer[1];
        TokenIssuer[] issuer = new TokenIssuer[1];
        LocalSignIn[] signIn = new LocalSignIn[1];
        Optional<WebApp> web = WebApp.at(config.webDir());
        Clock clock = Clock.systemUTC();
        Javalin app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            QueuedThreadPool threads = new QueuedThreadPool(32, 2);
            threads.setName("api-gateway");
            c.jetty.threadPool = threads;
            web.ifPresent(w -> {
                c.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = w.site().toAbsolutePath().toString();
                    files.location = Location.EXTERNAL;
                });
                if (w.installed()) {
                    c.staticFiles.add(files -> {
                        files.hostedPath = WebApp.NHSUK_PATH;
                        files.directory = w.nhsuk().toAbsolutePath().toString();
                        files.location = Location.EXTERNAL;
                    });
                }
                c.routes.get("/config.json", ctx -> answer(ctx, 200, "application/json",
                        WebApp.localConfig(issuer[0].issuer())));
            });
            for (Route route : Routes.ALL) {
                var handler = handlers.get(route.handler());
                c.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(),
                        ctx -> dispatch(ctx, route, handler, route.signedIn() ? authorizer[0] : null, clock));
            }
            c.routes.get("/.well-known/jwks.json", ctx -> answer(ctx, 200, "application/json",
                    keys.publicJwks().toString()));
            SignInRoutes.add(c.routes, () -> signIn[0]);
            c.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    notFound(ctx, web);
                }
            });
        });
        app.start(config.host(), config.port());
        String iss = GatewayConfig.issuer(app.port());
        issuer[0] = new TokenIssuer(keys, iss, config.audience());
        authorizer[0] = new JwtAuthorizer(keys.publicJwks(), iss, config.audience());
        signIn[0] = new LocalSignIn(config.signIn(), issuer[0], app.port(), clock);
        return new LocalGateway(app, issuer[0]);
    }

    public int port() {
        return app.port();
    }

    public URI address() {
        return URI.create(tokens.issuer());
    }

    /** Mints tokens this gateway accepts (same key, issuer and audience). */
    public TokenIssuer tokens() {
        return tokens;
    }

    @Override
    public void close() {
        app.stop();
    }

    private static void dispatch(Context ctx, Route route,
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, JwtAuthorizer authorizer,
            Clock clock) {
        JwtAuthorizer.Authorized auth = null;
        if (authorizer != null) {
            try {
                auth = authorizer.authorize(ctx.header("Authorization"));
            } catch (JwtAuthorizer.Unauthorized e) {
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\""
                        + e.getMessage().replace("\"", "'") + "\"");
                answer(ctx, 401, "application/json", "{\"message\":\"Unauthorized\"}");
                return;
            }
        }
        APIGatewayV2HTTPEvent event = HttpApiEvents.of(ctx, route, auth, ctx.host() == null ? "localhost" : ctx.host(),
                clock.instant());
        APIGatewayV2HTTPResponse response;
        try {
            response = handler.handleRequest(event, null);
        } catch (RuntimeException | Error e) {
            // API Gateway answers a failed integration with 500 and hides the error from the client
            LOG.error("{} {} failed in its handler", route.key(), ctx.path(), e);
            answer(ctx, 500, "application/json", "{\"message\":\"Internal Server Error\"}");
            return;
        }
        write(ctx, response);
    }

    private static void write(Context ctx, APIGatewayV2HTTPResponse response) {
        if (response.getHeaders() != null) {
            response.getHeaders().forEach(ctx::header);
        }
        String body = response.getBody() == null ? "" : response.getBody();
        ctx.attribute(ANSWERED, true);
        ctx.status(response.getStatusCode());
        if (response.getIsBase64Encoded()) {
            ctx.result(Base64.getDecoder().decode(body));
        } else {
            ctx.result(body.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A browser asking for a page that is not there gets the web app's not-found page; anything else API Gateway's JSON. */
    private static void notFound(Context ctx, Optional<WebApp> web) throws java.io.IOException {
        java.nio.file.Path page = web.map(w -> w.site().resolve("404.html")).orElse(null);
        String accept = ctx.header("Accept");
        if (page != null && Files.isRegularFile(page) && accept != null && accept.contains("text/html")) {
            answer(ctx, 404, "text/html; charset=utf-8", Files.readString(page));
        } else {
            answer(ctx, 404, "application/json", "{\"message\":\"Not Found\"}");
        }
    }

    private static void answer(Context ctx, int status, String contentType, String body) {
        ctx.attribute(ANSWERED, true);
        ctx.status(status).contentType(contentType).result(body);
    }
}
