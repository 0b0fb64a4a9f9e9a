package org.pdsa.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pdsa.api.Route;
import org.pdsa.api.Routes;

/** The HTTP API of template.yaml against the route table the handlers and the local gateway use. */
class TemplateApiTest {

    private static final SamTemplate TEMPLATE = SamTemplate.locate();

    @Test
    void shouldServeExactlyTheContractRoutesEachOnItsAreasFunction() {
        // given the routes template.yaml wires, with the Handler of the function that serves each
        List<String> templateRoutes = new ArrayList<>();
        for (TemplateFunction function : TEMPLATE.functions()) {
            function.httpRoutes().forEach(route -> templateRoutes.add(route.key() + " -> " + function.handler()));
        }

        // then they are Routes.ALL, each on the handler of its area
        assertThat(templateRoutes).containsExactlyInAnyOrderElementsOf(
                Routes.ALL.stream().map(route -> route.key() + " -> " + route.lambdaHandler()).toList());
    }

    @Test
    void shouldGiveEveryAreaOneFunction() {
        Set<String> areaHandlers = Routes.ALL.stream().map(Route::lambdaHandler).collect(Collectors.toSet());
        List<String> apiHandlers = TEMPLATE.functions().stream().filter(f -> !f.httpRoutes().isEmpty())
                .map(TemplateFunction::handler).toList();
        assertThat(apiHandlers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(areaHandlers);
    }

    @Test
    void shouldRequireATokenOnEveryRouteButHealth() {
        Map<String, Boolean> signedIn = Routes.ALL.stream().collect(Collectors.toMap(Route::key, Route::signedIn));
        for (TemplateFunction function : TEMPLATE.functions()) {
            for (TemplateFunction.HttpRoute route : function.httpRoutes()) {
                assertThat(route.authorized()).as(route.key()).isEqualTo(signedIn.get(route.key()));
            }
        }
    }

    @Test
    void shouldAttachEveryRouteToTheOneHttpApi() {
        for (TemplateFunction function : TEMPLATE.functions()) {
            function.events().forEach((name, event) -> {
                Map<String, Object> properties = SamTemplate.map(SamTemplate.map(event, name).get("Properties"), name);
                assertThat(properties.get("ApiId")).as(function.logicalId() + "." + name).isEqualTo(Map.of("Ref", "HttpApi"));
            });
        }
    }

    @Test
    void shouldCheckTokensWithAJwtAuthorizerOfTheGivenIssuerOrTheCognitoPool() {
        Map<String, Object> auth = SamTemplate.map(properties("HttpApi").get("Auth"), "Auth");
        assertThat(auth).containsEntry("DefaultAuthorizer", "JwtAuthorizer");
        Map<String, Object> authorizer = SamTemplate.map(SamTemplate.map(auth.get("Authorizers"), "Authorizers")
                .get("JwtAuthorizer"), "JwtAuthorizer");
        assertThat(authorizer).containsEntry("IdentitySource", "$request.header.Authorization");
        Map<String, Object> jwt = SamTemplate.map(authorizer.get("JwtConfiguration"), "JwtConfiguration");

        // with an issuer given: that issuer and the given audiences
        TemplateValues own = values().parameter("JwtIssuer", "https://login.example.org/realms/ics")
                .parameter("JwtAudience", "pdsa-web,pdsa-systems");
        assertThat(own.resolve(jwt.get("issuer"))).isEqualTo("https://login.example.org/realms/ics");
        assertThat(own.resolve(jwt.get("audience"))).isEqualTo(List.of("pdsa-web", "pdsa-systems"));
        assertThat(own.condition("UseCognito")).isFalse();

        // without: the stack's own Cognito pool and its app client
        TemplateValues cognito = values().reference("UserPool", "eu-west-2_AbC").reference("UserPoolClient", "client1");
        assertThat(cognito.condition("UseCognito")).isTrue();
        assertThat(cognito.resolve(jwt.get("issuer"))).isEqualTo("https://cognito-idp.eu-west-2.amazonaws.com/eu-west-2_AbC");
        assertThat(cognito.resolve(jwt.get("audience"))).isEqualTo(List.of("client1"));
    }

    @Test
    void shouldCreateTheCognitoPoolOnlyWithoutAnIssuerWithTheRoleGroupsAndTheProviderAttribute() {
        for (String id : List.of("UserPool", "UserPoolClient", "ProviderGroup", "StaffGroup", "ManagerGroup")) {
            assertThat(TEMPLATE.resource(id)).as(id).containsEntry("Condition", "UseCognito");
        }
        // role from cognito:groups: groups named as org.pdsa.api.Role's codes
        assertThat(List.of("ProviderGroup", "StaffGroup", "ManagerGroup")).extracting(id -> properties(id).get("GroupName"))
                .containsExactly("provider", "staff", "manager");
        // provider from custom:provider, which users may read but not change
        List<?> schema = (List<?>) properties("UserPool").get("Schema");
        assertThat(schema).anySatisfy(attribute -> assertThat(SamTemplate.map(attribute, "Schema"))
                .containsEntry("Name", "provider"));
        assertThat(strings(properties("UserPoolClient").get("ReadAttributes"))).contains("custom:provider");
        assertThat(strings(properties("UserPoolClient").get("WriteAttributes"))).doesNotContain("custom:provider");
    }

    @Test
    void shouldAllowTheWebAppsOriginOnly() {
        Map<String, Object> cors = SamTemplate.map(properties("HttpApi").get("CorsConfiguration"), "Cors");
        assertThat(values().attribute("WebDistribution", "DomainName", "d111.cloudfront.net")
                .resolve(cors.get("AllowOrigins"))).isEqualTo(List.of("https://d111.cloudfront.net"));
        assertThat(strings(cors.get("AllowHeaders"))).contains("authorization", "content-type", "idempotency-key");
    }

    private static Map<String, Object> properties(String id) {
        return SamTemplate.map(TEMPLATE.resource(id).get("Properties"), id);
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    private static TemplateValues values() {
        return TemplateValues.of(TEMPLATE, "pdsa", "eu-west-2", "123456789012");
    }
}
