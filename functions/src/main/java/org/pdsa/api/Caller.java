package org.pdsa.api;

import java.util.List;

/**
 * The signed-in caller, from the token's claims: subject, role, the provider it acts for (provider systems
 * and staff) and its groups. Programme membership is not in the token: it lives in the table.
 */
public record Caller(String subject, Role role, String providerId, List<String> groups) {

    public Caller {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    public boolean is(Role r) {
        return role == r;
    }

    public boolean inAnyGroup(List<String> candidates) {
        return candidates.stream().anyMatch(groups::contains);
    }

    /** How the caller is named in refusals: "staff alice (provider rf4)". */
    public String describe() {
        return role.code() + " " + subject + (providerId == null ? "" : " (provider " + providerId + ")");
    }
}
