package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    @Test
    void shouldReadRoleProviderAndGroupsAsApiGatewayDeliversThem() {
        // given: every value a string, the array as "[a b c]"
        Map<String, String> claims = Map.of("sub", "alice", "role", "staff", "provider", "rf4",
                "groups", "[rf4-leads rf4-ed]", "iat", "1700000000", "aud", "pdsa-api");

        // when
        Caller caller = Claims.caller(claims);

        // then
        assertThat(caller).isEqualTo(new Caller("alice", Role.STAFF, "rf4", java.util.List.of("rf4-leads", "rf4-ed")));
    }

    @Test
    void shouldTakeRoleGroupsAndProviderFromCognito() {
        // given
        Map<String, String> claims = Map.of("sub", "bob", "cognito:groups", "[staff rfr-leads]",
                "custom:provider", "rfr");

        // when
        Caller caller = Claims.caller(claims);

        // then: the role group gives the role and is not one of the caller's groups
        assertThat(caller.role()).isEqualTo(Role.STAFF);
        assertThat(caller.providerId()).isEqualTo("rfr");
        assertThat(caller.groups()).containsExactly("rfr-leads");
    }

    @Test
    void shouldPreferTheRoleClaimOverCognitoGroups() {
        // given
        Map<String, String> claims = Map.of("sub", "carol", "role", "manager", "cognito:groups", "[staff]");

        // when / then
        assertThat(Claims.caller(claims).role()).isEqualTo(Role.MANAGER);
    }

    @Test
    void shouldRefuseWithoutClaimsAs401() {
        assertThatThrownBy(() -> Claims.caller(Map.of()))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(401));
    }

    @Test
    void shouldRefuseWithoutSubjectAs401() {
        assertThatThrownBy(() -> Claims.caller(Map.of("role", "manager")))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(401));
    }

    @Test
    void shouldRefuseAnUnknownRoleWithTheReason() {
        assertThatThrownBy(() -> Claims.caller(Map.of("sub", "x", "role", "admin")))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(403);
                    assertThat(p.detail()).contains("'admin'").contains("provider|staff|manager");
                });
    }

    @Test
    void shouldRefuseAProviderTokenWithoutProvider() {
        assertThatThrownBy(() -> Claims.caller(Map.of("sub", "sys", "role", "provider")))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.detail()).contains("names no provider"));
    }

    @Test
    void shouldRefuseSeveralCognitoRoles() {
        assertThatThrownBy(() -> Claims.caller(Map.of("sub", "x", "cognito:groups", "[staff manager]")))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.detail()).contains("several roles"));
    }

    @Test
    void shouldReadListsInEveryShapeTheyArrive() {
        assertThat(Claims.list("[a b  c]")).containsExactly("a", "b", "c");
        assertThat(Claims.list("[\"a\",\"b\"]")).containsExactly("a", "b");
        assertThat(Claims.list("a, b")).containsExactly("a", "b");
        assertThat(Claims.list("solo")).containsExactly("solo");
        assertThat(Claims.list("[]")).isEmpty();
        assertThat(Claims.list(null)).isEmpty();
    }
}
