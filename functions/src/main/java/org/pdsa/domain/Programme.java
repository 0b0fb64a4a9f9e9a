package org.pdsa.domain;

import java.util.List;
import java.util.Optional;

/** An improvement programme across providers: its aim, measures, providers, people and cycle process. */
public record Programme(
        String id,
        String name,
        String aim,
        List<Measure> measures,
        List<Provider> providers,
        List<Participant> participants,
        List<String> managers,
        String cycleProcessId,
        CycleDefaults defaults) {

    /** The process id that runs one cycle when the programme does not name another. */
    public static final String DEFAULT_CYCLE_PROCESS = "pdsa-cycle";

    public Programme {
        measures = measures == null ? List.of() : List.copyOf(measures);
        providers = providers == null ? List.of() : List.copyOf(providers);
        participants = participants == null ? List.of() : List.copyOf(participants);
        managers = managers == null ? List.of() : List.copyOf(managers);
        cycleProcessId = cycleProcessId == null || cycleProcessId.isBlank() ? DEFAULT_CYCLE_PROCESS : cycleProcessId;
        defaults = defaults == null ? CycleDefaults.STANDARD : defaults;
    }

    public Optional<Measure> measure(String measureId) {
        return measures.stream().filter(m -> m.id().equals(measureId)).findFirst();
    }

    public Optional<Provider> provider(String providerId) {
        return providers.stream().filter(p -> p.id().equals(providerId)).findFirst();
    }

    public boolean isManagedBy(String subject) {
        return managers.contains(subject);
    }

    /** The participants to tell about a cycle of {@code providerId} (programme-wide ones included). */
    public List<Participant> participantsFollowing(String providerId) {
        return participants.stream().filter(p -> p.follows(providerId)).toList();
    }

    /**
     * The period a cycle's windows are counted in: months as soon as one measure is monthly, since a
     * test window of weeks would hold too few monthly values to judge.
     */
    public MeasurePeriod cyclePeriod() {
        return measures.stream().anyMatch(m -> m.period() == MeasurePeriod.MONTH) ? MeasurePeriod.MONTH : MeasurePeriod.WEEK;
    }
}
