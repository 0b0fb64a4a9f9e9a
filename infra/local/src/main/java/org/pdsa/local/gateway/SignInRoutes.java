package org.pdsa.local.gateway;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The HTTP side of {@link LocalSignIn}: discovery, the authorize page and its answer, the token endpoint and
 * sign-out. Discovery, keys and tokens allow any origin, as OpenID providers do for browser apps.
 */
final class SignInRoutes {

    private SignInRoutes() {
    }

    /** Adds the routes; {@code signIn} is read per request because the port is known only once the server runs. */
    static void add(RoutesConfig routes, Supplier<LocalSignIn> signIn) {
        routes.get("/.well-known/openid-configuration", ctx -> json(ctx, 200, signIn.get().discovery()));
        routes.get("/oauth2/authorize", ctx -> authorize(ctx, signIn.get(), params(ctx.queryParamMap()), false));
        routes.post("/oauth2/authorize", ctx -> authorize(ctx, signIn.get(), params(ctx.formParamMap()), true));
        routes.post("/oauth2/token", ctx -> token(ctx, signIn.get()));
        routes.get("/oauth2/logout", ctx -> {
            String back = ctx.queryParam("post_logout_redirect_uri");
            ctx.redirect(signIn.get().isOwnOrigin(back) ? back : "/", HttpStatus.SEE_OTHER);
        });
    }

    private static void authorize(Context ctx, LocalSignIn signIn, Map<String, String> params, boolean answered) {
        LocalSignIn.Request request;
        try {
            request = signIn.check(params);
        } catch (LocalSignIn.Refused refused) {
            if (refused.redirect) {
                ctx.redirect(LocalSignIn.errorRedirect(params, refused), HttpStatus.SEE_OTHER);
            } else {
                html(ctx, 400, SignInPage.refused(refused.getMessage()));
            }
            return;
        }
        if (!answered) {
            html(ctx, 200, SignInPage.choose(signIn.identities(), params, null));
            return;
        }
        try {
            ctx.redirect(signIn.grant(request, signIn.chosen(params)), HttpStatus.SEE_OTHER);
        } catch (LocalSignIn.InvalidChoice invalid) {
            html(ctx, 400, SignInPage.choose(signIn.identities(), params, invalid));
        }
    }

    private static void token(Context ctx, LocalSignIn signIn) {
        ctx.header("Cache-Control", "no-store");
        try {
            json(ctx, 200, signIn.exchange(params(ctx.formParamMap())));
        } catch (LocalSignIn.Refused refused) {
            json(ctx, 400, "{\"error\":\"" + refused.error() + "\",\"error_description\":\""
                    + refused.getMessage().replace("\"", "'") + "\"}");
        }
    }

    private static Map<String, String> params(Map<String, List<String>> raw) {
        Map<String, String> first = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            if (!values.isEmpty()) {
                first.put(name, values.get(0));
            }
        });
        return first;
    }

    private static void json(Context ctx, int status, String body) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.status(status).contentType("application/json").result(body);
    }

    private static void html(Context ctx, int status, String body) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(body);
    }
}
