package org.pdsa.workers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.pdsa.domain.Programme;
import org.pdsa.store.ProgrammeRepository;

/**
 * Programme definitions for the handlers, kept per container: a programme is written once (a conditional
 * put; a different registration under the same id is refused), so a definition read once never changes and
 * later jobs of the same programme cost no DynamoDB request. Only found programmes are kept, at most 256.
 */
public final class ProgrammeLookup {

    private static final int KEPT = 256;

    private final Function<String, Optional<Programme>> source;
    private final Map<String, Programme> kept = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Programme> eldest) {
            return size() > KEPT;
        }
    };

    public ProgrammeLookup(Function<String, Optional<Programme>> source) {
        this.source = source;
    }

    public static ProgrammeLookup over(ProgrammeRepository programmes) {
        return new ProgrammeLookup(programmes::find);
    }

    /** The programme, or a contract failure naming it (a job about a programme that was never registered). */
    public Programme get(String programmeId) {
        synchronized (kept) {
            Programme found = kept.get(programmeId);
            if (found != null) {
                return found;
            }
        }
        Programme loaded = source.apply(programmeId).orElseThrow(() ->
                new JobInputException("programme '" + programmeId + "' is not registered"));
        synchronized (kept) {
            kept.put(programmeId, loaded);
        }
        return loaded;
    }
}
