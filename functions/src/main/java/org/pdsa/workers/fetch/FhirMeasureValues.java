package org.pdsa.workers.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;

/**
 * Values from a provider's FHIR R4 endpoint: one MeasureReport search over the cycle's span
 * ({@code GET [base]/MeasureReport?period=ge..&period=le..}), following the Bundle's next pages, with the
 * JDK HttpClient (a FHIR library would weigh on a Lambda's cold start). The endpoint is the provider's own,
 * so every report it returns is taken as the provider's. A network error or a non-200 answer is thrown
 * (the job fails and is retried).
 */
public final class FhirMeasureValues implements MeasureValues {

    private static final int MAX_PAGES = 50;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;

    public FhirMeasureValues(HttpClient http) {
        this.http = http;
    }

    public static FhirMeasureValues withDefaultClient() {
        return new FhirMeasureValues(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL).build());
    }

    @Override
    public Map<String, Map<LocalDate, BigDecimal>> read(Programme programme, Provider provider, List<MeasureWindow> windows) {
        LocalDate from = windows.stream().map(w -> w.span().start()).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = windows.stream().map(w -> w.span().end()).max(LocalDate::compareTo).orElseThrow();
        List<ReportedValue> reported = search(provider.fhirEndpoint(), from, to);
        Map<String, Map<LocalDate, BigDecimal>> values = new LinkedHashMap<>();
        for (MeasureWindow w : windows) {
            Map<LocalDate, BigDecimal> series = new TreeMap<>();
            DateRange span = w.span();
            for (ReportedValue r : reported) {
                LocalDate period = w.measure().period().startOf(r.periodStart());
                if (r.measureId().equals(w.measure().id()) && span.contains(period)) {
                    series.put(period, r.value());
                }
            }
            values.put(w.measure().id(), series);
        }
        return values;
    }

    @Override
    public String source(Provider provider) {
        return "fhir:" + provider.fhirEndpoint();
    }

    private List<ReportedValue> search(String base, LocalDate from, LocalDate to) {
        String root = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String url = root + "/MeasureReport?period=ge" + from + "&period=le" + to + "&_count=100";
        List<ReportedValue> values = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int page = 0; page < MAX_PAGES && url != null && seen.add(url); page++) {
            JsonNode bundle = get(url);
            values.addAll(MeasureReportReader.values(bundle));
            url = MeasureReportReader.nextPage(bundle).orElse(null);
        }
        return values;
    }

    private JsonNode get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/fhir+json").GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new UncheckedIOException(new IOException("FHIR endpoint " + url + " answered HTTP "
                        + response.statusCode()));
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("FHIR endpoint " + url + " could not be read: " + (e.getMessage() == null ? e : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + url, e);
        }
    }
}
