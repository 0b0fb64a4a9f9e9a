package org.pdsa.local.gateway;

import java.util.List;
import org.pdsa.api.Role;

/** Someone the local sign-in page offers: role, subject, provider (null for managers) and groups. */
public record SignInIdentity(Role role, String subject, String provider, List<String> groups) {

    public SignInIdentity {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** How the sign-in page names it: "staff rf4-lead, provider RF4, groups RF4-leads". */
    public String describe() {
        return role.code() + " " + subject + (provider == null ? "" : ", provider " + provider)
                + (groups.isEmpty() ? "" : ", groups " + String.join(",", groups));
    }
}
