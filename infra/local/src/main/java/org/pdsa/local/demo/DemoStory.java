package org.pdsa.local.demo;

import java.util.List;
import java.util.Map;
import org.pdsa.local.demo.DemoProgramme.DemoProvider;

/**
 * What the demo expects to happen at each provider, cycle by cycle: the SPC result per measure the study
 * should show and the decision the leads should then take. The demo compares what really happened (read back
 * through the API) with this, and fails when they differ.
 */
final class DemoStory {

    /** One cycle as the story has it. */
    record ExpectedCycle(int number, Map<String, String> results, String decision) {
    }

    private DemoStory() {
    }

    static List<ExpectedCycle> of(DemoProvider provider) {
        return switch (provider.story()) {
            case IMPROVES -> List.of(cycle(1, "improvement", "no-signal", "adopt"));
            case ADAPTS_THEN_IMPROVES -> List.of(cycle(1, "no-signal", "no-signal", "adapt"),
                    cycle(2, "improvement", "no-signal", "adopt"));
            case BALANCING_CONCERN -> List.of(cycle(1, "improvement", "concern", "abandon"));
        };
    }

    /** The expected cycle {@code number} of {@code provider}, or null when the story has none. */
    static ExpectedCycle expected(DemoProvider provider, int number) {
        return of(provider).stream().filter(c -> c.number() == number).findFirst().orElse(null);
    }

    /** Every cycle the story expects, across providers. */
    static int cycleCount() {
        return DemoProgramme.PROVIDERS.stream().mapToInt(p -> of(p).size()).sum();
    }

    private static ExpectedCycle cycle(int number, String outcome, String balancing, String decision) {
        return new ExpectedCycle(number, Map.of(DemoProgramme.OUTCOME, outcome, DemoProgramme.BALANCING, balancing),
                decision);
    }
}
