package org.pdsa.workers.fetch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;

/** Where a provider's values come from: the table (submitted through the API) or its FHIR endpoint. */
public interface MeasureValues {

    /**
     * The values of each window's measure, by measure id and period start, for the periods of the window's
     * span (other periods may be included; the caller picks the periods it needs).
     */
    Map<String, Map<LocalDate, BigDecimal>> read(Programme programme, Provider provider, List<MeasureWindow> windows);

    /** What the snapshots name as their source. */
    String source(Provider provider);
}
