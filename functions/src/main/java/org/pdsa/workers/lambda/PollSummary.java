package org.pdsa.workers.lambda;

/**
 * What one invocation did: jobs activated, completed, failed (retry or incident), ended with a BPMN error,
 * released unhandled because time ran out, commands the engine refused (e.g. the job had timed out
 * meanwhile), and why it stopped ({@code no-jobs}, {@code time}, or {@code activation-failed: ...}).
 */
public record PollSummary(String jobType, int activated, int completed, int failed, int errors, int released,
                          int refused, String stoppedBecause) {
}
