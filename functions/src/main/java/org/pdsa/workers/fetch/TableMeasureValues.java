package org.pdsa.workers.fetch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pdsa.domain.Measurement;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.store.MeasurementRepository;

/** Values the provider submitted through the API: one query per measure over the cycle's span. */
public final class TableMeasureValues implements MeasureValues {

    private final MeasurementRepository measurements;

    public TableMeasureValues(MeasurementRepository measurements) {
        this.measurements = measurements;
    }

    @Override
    public Map<String, Map<LocalDate, BigDecimal>> read(Programme programme, Provider provider, List<MeasureWindow> windows) {
        Map<String, Map<LocalDate, BigDecimal>> values = new LinkedHashMap<>();
        for (MeasureWindow w : windows) {
            Map<LocalDate, BigDecimal> series = new TreeMap<>();
            for (Measurement m : measurements.findSeries(programme.id(), provider.id(), w.measure().id(),
                    w.span().start(), w.span().end())) {
                series.put(m.period(), m.value());
            }
            values.put(w.measure().id(), series);
        }
        return values;
    }

    @Override
    public String source(Provider provider) {
        return "table";
    }
}
