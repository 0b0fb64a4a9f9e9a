package org.pdsa.domain;

import java.time.Instant;

/** One event in a cycle's life (planned, notified, data fetched, studied, decided...), by whom and when. */
public record TimelineEntry(Instant at, String event, String detail, String actor) {
}
