package org.pdsa.domain;

import java.util.ArrayList;
import java.util.List;

/** One PDSA cycle of one provider in a programme; cycles of a series are numbered from 1. */
public record Cycle(
        String id,
        String programmeId,
        String providerId,
        int number,
        CycleStatus status,
        Plan plan,
        List<TimelineEntry> timeline,
        List<MeasureStudy> study,
        Decision decision,
        String processInstanceKey) {

    public Cycle {
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        study = study == null ? List.of() : List.copyOf(study);
    }

    /** A cycle just started, waiting for its plan. */
    public static Cycle started(String id, String programmeId, String providerId, int number, TimelineEntry start) {
        return new Cycle(id, programmeId, providerId, number, CycleStatus.PLANNING, null, List.of(start), List.of(), null, null);
    }

    public Cycle withStatus(CycleStatus newStatus) {
        return new Cycle(id, programmeId, providerId, number, newStatus, plan, timeline, study, decision, processInstanceKey);
    }

    public Cycle withPlan(Plan newPlan) {
        return new Cycle(id, programmeId, providerId, number, status, newPlan, timeline, study, decision, processInstanceKey);
    }

    public Cycle withStudy(List<MeasureStudy> newStudy) {
        return new Cycle(id, programmeId, providerId, number, status, plan, timeline, newStudy, decision, processInstanceKey);
    }

    public Cycle withProcessInstanceKey(String key) {
        return new Cycle(id, programmeId, providerId, number, status, plan, timeline, study, decision, key);
    }

    /** The cycle decided: the decision stored and the status it implies. */
    public Cycle decided(Decision newDecision) {
        return new Cycle(id, programmeId, providerId, number, newDecision.act().resultingStatus(), plan, timeline, study,
                newDecision, processInstanceKey);
    }

    /** The cycle with {@code entry} appended to its timeline, unless an equal entry is already there. */
    public Cycle withEntry(TimelineEntry entry) {
        if (timeline.contains(entry)) {
            return this;
        }
        List<TimelineEntry> longer = new ArrayList<>(timeline);
        longer.add(entry);
        return new Cycle(id, programmeId, providerId, number, status, plan, longer, study, decision, processInstanceKey);
    }
}
