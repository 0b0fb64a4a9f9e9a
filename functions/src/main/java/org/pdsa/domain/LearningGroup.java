package org.pdsa.domain;

import java.util.List;

/** The decisions of a run that tried one change idea and reached one act, with what each cycle learned. */
public record LearningGroup(String changeIdea, Act act, List<String> cycleIds, List<String> providerIds,
                            List<String> learnings) {

    public LearningGroup {
        cycleIds = cycleIds == null ? List.of() : List.copyOf(cycleIds);
        providerIds = providerIds == null ? List.of() : List.copyOf(providerIds);
        learnings = learnings == null ? List.of() : List.copyOf(learnings);
    }
}
