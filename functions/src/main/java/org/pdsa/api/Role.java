package org.pdsa.api;

import org.pdsa.codes.Coded;

/** Who a caller is to the API (DESIGN §3.2): a provider's system, a provider's staff, or a programme manager. */
public enum Role implements Coded {
    PROVIDER,
    STAFF,
    MANAGER
}
