package org.pdsa.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;

/** The start variables of the two processes, as workflows/README.md names them. */
public final class StartVariables {

    /** The process a programme run starts. */
    public static final String PROGRAMME_PROCESS = "improvement-programme";

    private StartVariables() {
    }

    /** {@code improvement-programme}: the run across every provider. */
    public static Map<String, Object> programmeRun(Programme programme, String runId, StartWindow window) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("programmeId", programme.id());
        v.put("runId", runId);
        v.put("providers", programme.providers().stream().map(p -> Map.of(
                "id", p.id(), "name", p.name(), "leadGroups", p.leadGroups())).toList());
        v.put("measureOptions", measureOptions(programme));
        v.putAll(window.variables());
        return v;
    }

    /** The programme's cycle process ({@code pdsa-cycle}) for one provider, cycle 1 of a new series. */
    public static Map<String, Object> standaloneCycle(Programme programme, Provider provider, String seriesId,
                                                      StartWindow window) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("programmeId", programme.id());
        v.put("providerId", provider.id());
        v.put("providerName", provider.name());
        v.put("leadGroups", provider.leadGroups());
        v.put("cycleSeriesId", seriesId);
        v.put("cycleNumber", 1);
        v.put("measureOptions", measureOptions(programme));
        v.putAll(window.variables());
        return v;
    }

    /** The plan form's checklist options: one per measure, the value its id. */
    static List<Map<String, String>> measureOptions(Programme programme) {
        return programme.measures().stream().map(m -> Map.of("label", m.name(), "value", m.id())).toList();
    }
}
