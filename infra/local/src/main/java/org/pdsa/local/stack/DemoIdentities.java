package org.pdsa.local.stack;

import java.util.List;
import org.pdsa.api.Role;

/**
 * The people and systems {@code ./pdsa up} prints tokens for, one per role: the demo programme names them
 * (its manager, provider RF4 and RF4's lead group), so the printed tokens work against it.
 */
public final class DemoIdentities {

    /** One identity: role, subject, provider (null for managers), groups. */
    public record Identity(Role role, String subject, String provider, List<String> groups) {
    }

    public static final Identity MANAGER = new Identity(Role.MANAGER, "demo-manager", null, List.of());
    public static final Identity PROVIDER = new Identity(Role.PROVIDER, "rf4-system", "RF4", List.of());
    public static final Identity STAFF = new Identity(Role.STAFF, "rf4-lead", "RF4", List.of("RF4-leads"));

    public static final List<Identity> ALL = List.of(MANAGER, PROVIDER, STAFF);

    private DemoIdentities() {
    }
}
