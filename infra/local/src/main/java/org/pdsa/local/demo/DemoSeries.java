package org.pdsa.local.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pdsa.local.demo.DemoProgramme.DemoProvider;

/**
 * The weekly values the demo's providers submit: deterministic (a fixed seed per provider and measure), with a
 * level per phase (baseline, cycle 1's window, cycle 2's window) that tells each provider's story, plus
 * noise (normal in the baseline; alternating around the level in the test windows, so that only a change of
 * level makes a signal). RF4's outcome baseline replays twelve real months of its A&E performance (see the README
 * beside {@code rf4-type1-2016-17.csv}), one month per week.
 */
public final class DemoSeries {

    public static final long SEED = 20_240_304L;
    static final String REAL_BASELINE = "rf4-type1-2016-17.csv";

    /** Mean and spread of one phase. */
    record Level(double mean, double sd) {
    }

    private final DemoCalendar calendar;
    private final Map<String, List<BigDecimal>> values = new LinkedHashMap<>();

    private DemoSeries(DemoCalendar calendar) {
        this.calendar = calendar;
    }

    public static DemoSeries generate(DemoCalendar calendar) {
        DemoSeries series = new DemoSeries(calendar);
        List<BigDecimal> real = realBaseline();
        for (DemoProvider p : DemoProgramme.PROVIDERS) {
            for (String measure : List.of(DemoProgramme.OUTCOME, DemoProgramme.BALANCING)) {
                series.values.put(key(p.id(), measure), series.make(p, measure, real));
            }
        }
        return series;
    }

    /** The value of period {@code index} (0 = the first baseline week). */
    public BigDecimal value(String providerId, String measureId, int index) {
        return values(providerId, measureId).get(index);
    }

    public List<BigDecimal> values(String providerId, String measureId) {
        List<BigDecimal> v = values.get(key(providerId, measureId));
        if (v == null) {
            throw new IllegalArgumentException("no demo series for " + providerId + "/" + measureId);
        }
        return v;
    }

    public DemoCalendar calendar() {
        return calendar;
    }

    private List<BigDecimal> make(DemoProvider provider, String measure, List<BigDecimal> real) {
        Random random = new Random(SEED ^ key(provider.id(), measure).hashCode());
        List<BigDecimal> out = new ArrayList<>();
        for (int i = 0; i < calendar.periods(); i++) {
            int phase = i < calendar.baselineWeeks() ? 0 : 1 + (i - calendar.baselineWeeks()) / calendar.windowWeeks();
            double noise = random.nextGaussian();
            if (phase > 0) {
                // in a test window the noise alternates around the level: a run of seven on one side, or a trend,
                // would be a real special cause signal, and the story decides where those are, not the dice
                noise = (i % 2 == 0 ? 1 : -1) * Math.max(0.2, Math.min(1.2, Math.abs(noise)));
            }
            if (phase == 0 && provider.story() == DemoProgramme.Story.IMPROVES && measure.equals(DemoProgramme.OUTCOME)) {
                out.add(real.get(i % real.size()));
                continue;
            }
            Level level = level(provider.story(), measure, phase);
            out.add(percent(level.mean() + level.sd() * noise));
        }
        return List.copyOf(out);
    }

    /** Each story's levels: phase 0 is the baseline, 1 and 2 the windows of cycles 1 and 2. */
    static Level level(DemoProgramme.Story story, String measure, int phase) {
        boolean outcome = measure.equals(DemoProgramme.OUTCOME);
        return switch (story) {
            case IMPROVES -> outcome ? new Level(90.0, 1.0) : new Level(7.6, 0.3);
            case ADAPTS_THEN_IMPROVES -> outcome
                    ? (phase < 2 ? new Level(76.0, 1.6) : new Level(81.5, 1.2))
                    : new Level(8.2, 0.35);
            case BALANCING_CONCERN -> outcome
                    ? (phase == 0 ? new Level(79.0, 1.5) : new Level(84.0, 1.2))
                    : (phase == 0 ? new Level(6.8, 0.3) : new Level(8.4, 0.3));
        };
    }

    /** Seen within 4 hours, per real month: 100 x (1 - breaches / attendances), one decimal. */
    static List<BigDecimal> realBaseline() {
        try (InputStream in = DemoSeries.class.getResourceAsStream(REAL_BASELINE)) {
            if (in == null) {
                throw new IllegalStateException("the demo's data " + REAL_BASELINE + " is missing from the jar");
            }
            List<BigDecimal> values = new ArrayList<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            lines.readLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String[] f = line.split(",");
                double attendances = Double.parseDouble(f[3]);
                double breaches = Double.parseDouble(f[4]);
                values.add(percent(100 * (1 - breaches / attendances)));
            }
            return List.copyOf(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BigDecimal percent(double value) {
        return BigDecimal.valueOf(Math.max(0, Math.min(100, value))).setScale(1, RoundingMode.HALF_UP);
    }

    private static String key(String providerId, String measureId) {
        return providerId + "/" + measureId;
    }
}
