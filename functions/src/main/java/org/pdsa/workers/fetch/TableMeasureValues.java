package org.pdsa.workers.fetch;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;
import org.pdsa.store.MeasurementRepository;

/** Values the provider submitted through the API: one query for every measure over the cycle's span. */
public final class TableMeasureValues implements MeasureValues {

    private final MeasurementRepository measurements;

    public TableMeasureValues(MeasurementRepository measurements) {
        this.measurements = measurements;
    }

    @Override
    public Map<String, Map<LocalDate, BigDecimal>> read(Programme programme, Provider provider, List<MeasureWindow> windows) {
        Map<String, DateRange> spans = new LinkedHashMap<>();
        windows.forEach(w -> spans.put(w.measure().id(), w.span()));
        Map<String, Map<LocalDate, BigDecimal>> values = new LinkedHashMap<>();
        measurements.findSeries(programme.id(), provider.id(), spans).forEach((measureId, points) -> {
            Map<LocalDate, BigDecimal> series = new TreeMap<>();
            points.forEach(m -> series.put(m.period(), m.value()));
            values.put(measureId, series);
        });
        return values;
    }

    @Override
    public String source(Provider provider) {
        return "table";
    }
}
