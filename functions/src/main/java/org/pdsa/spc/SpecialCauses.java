package org.pdsa.spc;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * The four special cause rules of DOMAIN.md §3, applied to the values of one segment against its limits.
 * Every rule is evaluated; a point keeps the signal of the first rule (in {@link Rule} order) that flags it.
 */
public final class SpecialCauses {

    /** Run length for a trend or a shift. */
    public static final int RUN = 7;

    private SpecialCauses() {}

    /** One entry per value: its signal, or null for common cause. */
    public static List<Signal> detect(List<BigDecimal> values, Limits limits) {
        int n = values.size();
        Signal[] signals = new Signal[n];
        int[] side = new int[n];
        boolean[] near = new boolean[n];
        for (int i = 0; i < n; i++) {
            BigDecimal v = values.get(i);
            side[i] = v.compareTo(limits.mean());
            boolean outside = v.compareTo(limits.upper()) > 0 || v.compareTo(limits.lower()) < 0;
            near[i] = !outside && (v.compareTo(limits.nearUpper()) > 0 || v.compareTo(limits.nearLower()) < 0);
            if (outside) {
                signals[i] = new Signal(Rule.OUTSIDE_LIMITS, side[i] > 0 ? Side.HIGH : Side.LOW);
            }
        }
        label(signals, trends(values), Rule.TREND);
        label(signals, twoOfThree(side, near), Rule.TWO_OF_THREE);
        label(signals, shifts(side), Rule.SHIFT);
        return Arrays.asList(signals);
    }

    private static void label(Signal[] signals, Side[] matches, Rule rule) {
        for (int i = 0; i < signals.length; i++) {
            if (signals[i] == null && matches[i] != null) {
                signals[i] = new Signal(rule, matches[i]);
            }
        }
    }

    /**
     * Runs of 7+ points each strictly above (or below) the one before. A turning point can end one run and
     * start the other; it takes the side of the run that reached it (a peak is high, a trough low).
     */
    static Side[] trends(List<BigDecimal> values) {
        int n = values.size();
        Side[] result = new Side[n];
        int start = 0;
        while (start < n - 1) {
            int step = values.get(start + 1).compareTo(values.get(start));
            int end = start + 1;
            while (step != 0 && end + 1 < n && values.get(end + 1).compareTo(values.get(end)) == step) {
                end++;
            }
            if (step != 0 && end - start + 1 >= RUN) {
                Side s = step > 0 ? Side.HIGH : Side.LOW;
                for (int i = start; i <= end; i++) {
                    if (result[i] == null || i > start) {
                        result[i] = s;
                    }
                }
            }
            start = end;
        }
        return result;
    }

    /**
     * Any 3 consecutive points all on one side of the mean with at least 2 of them in the near-limit band
     * (beyond the 2/3 line, inside the limits): the near-limit points of that window are flagged.
     */
    static Side[] twoOfThree(int[] side, boolean[] near) {
        Side[] result = new Side[side.length];
        for (int i = 0; i + 2 < side.length; i++) {
            int s = side[i];
            if (s == 0 || side[i + 1] != s || side[i + 2] != s) {
                continue;
            }
            int nearCount = (near[i] ? 1 : 0) + (near[i + 1] ? 1 : 0) + (near[i + 2] ? 1 : 0);
            if (nearCount >= 2) {
                for (int j = i; j <= i + 2; j++) {
                    if (near[j]) {
                        result[j] = s > 0 ? Side.HIGH : Side.LOW;
                    }
                }
            }
        }
        return result;
    }

    /** Runs of 7+ points on the same side of the mean; a point exactly on the mean breaks the run. */
    static Side[] shifts(int[] side) {
        Side[] result = new Side[side.length];
        int start = 0;
        while (start < side.length) {
            int end = start;
            while (end + 1 < side.length && side[end + 1] == side[start]) {
                end++;
            }
            if (side[start] != 0 && end - start + 1 >= RUN) {
                for (int i = start; i <= end; i++) {
                    result[i] = side[start] > 0 ? Side.HIGH : Side.LOW;
                }
            }
            start = end + 1;
        }
        return result;
    }
}
