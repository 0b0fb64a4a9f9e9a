package org.pdsa.spc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The value axis of a chart: a range widened to round tick values, mapped onto pixel rows (top is high). */
record ChartScale(double min, double max, double top, double bottom, List<BigDecimal> ticks) {

    private static final int TARGET_TICKS = 5;

    static ChartScale of(double low, double high, double top, double bottom) {
        if (high - low <= 0) {
            // a flat series (all values equal) still needs some height to be drawn
            double pad = Math.max(1, Math.abs(low) * 0.1);
            low -= pad;
            high += pad;
        }
        double step = niceStep((high - low) / TARGET_TICKS);
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
        double first = Math.floor(low / step) * step;
        double last = Math.ceil(high / step) * step;
        List<BigDecimal> ticks = new ArrayList<>();
        for (int k = 0; first + k * step <= last + step / 2; k++) {
            ticks.add(BigDecimal.valueOf(first + k * step).setScale(decimals, RoundingMode.HALF_EVEN));
        }
        return new ChartScale(first, last, top, bottom, ticks);
    }

    double y(double value) {
        return bottom - (value - min) / (max - min) * (bottom - top);
    }

    double y(BigDecimal value) {
        return y(value.doubleValue());
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double residual = raw / magnitude;
        double nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
