package org.pdsa.workers.fetch;

import java.time.LocalDate;
import java.util.List;
import org.pdsa.workers.JobInputException;
import org.pdsa.workers.JobVariables;

/** What pdsa.fetch-metrics reads from its job (workflows/README.md). */
public record FetchRequest(
        String programmeId,
        String providerId,
        String cycleId,
        List<String> measureIds,
        LocalDate testWindowStart,
        LocalDate testWindowEnd,
        int baselinePeriods,
        boolean allowGaps) {

    public FetchRequest {
        measureIds = List.copyOf(measureIds);
        if (testWindowEnd.isBefore(testWindowStart)) {
            throw new JobInputException("variable 'testWindowEnd' (" + testWindowEnd + ") is before 'testWindowStart' ("
                    + testWindowStart + ")");
        }
        if (baselinePeriods < 2) {
            throw new JobInputException("variable 'baselinePeriods' must be at least 2, got " + baselinePeriods);
        }
    }

    public static FetchRequest from(JobVariables v) {
        return new FetchRequest(v.string("programmeId"), v.string("providerId"), v.string("cycleId"),
                v.strings("measureIds"), v.date("testWindowStart"), v.date("testWindowEnd"), v.integer("baselinePeriods"),
                v.bool("allowGaps", false));
    }
}
