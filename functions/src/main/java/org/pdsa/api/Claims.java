package org.pdsa.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pdsa.codes.Coded;

/**
 * Reads the caller from JWT claims exactly as API Gateway HTTP APIs deliver them in
 * {@code requestContext.authorizer.jwt.claims}: every value a string, an array as {@code "[a b c]"}.
 * {@code role}, {@code provider} and {@code groups} are our claims; with Cognito the role and groups come from
 * {@code cognito:groups} (a group named provider, staff or manager gives the role) and the provider from
 * {@code custom:provider}.
 */
public final class Claims {

    static final String COGNITO_GROUPS = "cognito:groups";
    static final String COGNITO_PROVIDER = "custom:provider";

    private Claims() {
    }

    /** The claims API Gateway's JWT authorizer put in the event, or an empty map. */
    public static Map<String, String> of(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null
                || context.getAuthorizer().getJwt().getClaims() == null) {
            return Map.of();
        }
        return context.getAuthorizer().getJwt().getClaims();
    }

    /** The caller the claims describe; 401 without claims or subject, 403 when the role is missing or unknown. */
    public static Caller caller(Map<String, String> claims) {
        String subject = text(claims.get("sub"));
        if (claims.isEmpty() || subject == null) {
            throw ApiProblem.unauthorized("no signed-in caller: send a bearer token (Authorization: Bearer <JWT>)");
        }
        List<String> cognitoGroups = list(claims.get(COGNITO_GROUPS));
        Role role = role(claims.get("role"), cognitoGroups);
        String provider = Optional.ofNullable(text(claims.get("provider"))).orElse(text(claims.get(COGNITO_PROVIDER)));
        List<String> groups = claims.containsKey("groups") ? list(claims.get("groups"))
                : cognitoGroups.stream().filter(g -> Coded.parse(Role.class, g).isEmpty()).toList();
        if (role != Role.MANAGER && provider == null) {
            throw ApiProblem.forbidden("the token of " + role.code() + " " + subject
                    + " names no provider (claim provider or custom:provider)");
        }
        return new Caller(subject, role, provider, groups);
    }

    /**
     * A claim holding a list: API Gateway's {@code [a b c]}, a JSON array, a comma-separated list, or one value.
     */
    public static List<String> list(String raw) {
        String value = text(raw);
        if (value == null) {
            return List.of();
        }
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
            if (value.contains("\"")) {
                value = value.replace("\"", " ").replace(',', ' ');
            }
            return split(value, "\\s+");
        }
        return split(value, "\\s*,\\s*");
    }

    private static Role role(String claim, List<String> cognitoGroups) {
        if (text(claim) != null) {
            return Coded.parse(Role.class, claim).orElseThrow(() -> ApiProblem.forbidden(
                    "the token's role '" + claim.strip() + "' is not one of " + Coded.choices(Role.class)));
        }
        List<Role> roles = cognitoGroups.stream().map(g -> Coded.parse(Role.class, g)).flatMap(Optional::stream)
                .distinct().toList();
        if (roles.size() == 1) {
            return roles.get(0);
        }
        throw ApiProblem.forbidden(roles.isEmpty()
                ? "the token has no role: claim role or a cognito:groups group named " + Coded.choices(Role.class)
                : "the token's cognito:groups name several roles " + roles.stream().map(Role::code).toList()
                        + ": one is needed");
    }

    private static List<String> split(String value, String separator) {
        List<String> items = new ArrayList<>();
        Arrays.stream(value.strip().split(separator)).filter(s -> !s.isBlank()).forEach(items::add);
        return items;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
