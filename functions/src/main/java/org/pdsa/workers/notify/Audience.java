package org.pdsa.workers.notify;

import org.pdsa.codes.Coded;

/** Who a notify task's {@code audience} header names (workflows/README.md, pdsa.notify-participants). */
public enum Audience implements Coded {
    /** The provider's leads: the programme's participants registered for this provider. */
    LEADS,
    /** The provider's participants and leads, and those following the whole programme. */
    PARTICIPANTS,
    /** The programme's managers. */
    MANAGERS,
    /** Every participant and manager of the programme. */
    EVERYONE
}
