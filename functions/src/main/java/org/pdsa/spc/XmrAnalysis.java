package org.pdsa.spc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The Making Data Count XmR analysis of a series: segments (rebasing), limits (optionally fixed on a
 * baseline, optionally with outlier screening), special cause rules, variation and assurance icons.
 * Pure: no I/O. Bad input raises {@link SpcInputException}; doubtful input adds a warning.
 */
public final class XmrAnalysis {

    private XmrAnalysis() {}

    public static SpcAnalysis of(List<SpcPoint> input, SpcOptions options) {
        if (options.baseline() != null && options.baseline() < 2) {
            throw new SpcInputException("baseline", "must be at least 2 points, got " + options.baseline());
        }
        SeriesCheck.Checked checked = SeriesCheck.of(input);
        List<SpcPoint> points = checked.points();
        List<String> warnings = new ArrayList<>(checked.warnings());

        List<Segment> segments = new ArrayList<>();
        List<AnalysedPoint> analysed = new ArrayList<>();
        List<Integer> starts = segmentStarts(points, options.rebase(), warnings);
        for (int k = 0; k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) - 1 : points.size() - 1;
            List<BigDecimal> values = points.subList(start, end + 1).stream().map(SpcPoint::value).toList();
            Limits limits = Limits.of(values.subList(0, limitPoints(values.size(), options, k, warnings)),
                    options.screenOutliers());
            Segment segment = new Segment(start, end, limits);
            warnAbout(segment, k, starts.size(), warnings);
            segments.add(segment);
            List<Signal> signals = SpecialCauses.detect(values, limits);
            for (int i = 0; i < values.size(); i++) {
                SpcPoint p = points.get(start + i);
                analysed.add(new AnalysedPoint(p.date(), p.value(), signals.get(i),
                        Variation.of(signals.get(i), options.direction())));
            }
        }
        if (options.target() != null && options.direction() == Direction.NEUTRAL) {
            warnings.add("a target was given but the direction is neutral: no assurance icon");
        }
        Variation variationIcon = analysed.get(analysed.size() - 1).variation();
        Assurance assurance = Assurance.of(options.target(), options.direction(),
                segments.get(segments.size() - 1).limits());
        return new SpcAnalysis(segments, analysed, variationIcon, assurance, warnings, options);
    }

    /**
     * Index of the first point of each segment. A rebase date starts a segment at the first point on or
     * after it; dates on or before the first point, after the last, or landing on an existing segment start
     * are ignored with a warning; a segment of fewer than 2 points is refused.
     */
    static List<Integer> segmentStarts(List<SpcPoint> points, List<LocalDate> rebase, List<String> warnings) {
        TreeSet<Integer> starts = new TreeSet<>(List.of(0));
        LocalDate first = points.get(0).date();
        LocalDate last = points.get(points.size() - 1).date();
        for (LocalDate date : new TreeSet<>(rebase)) {
            if (!date.isAfter(first)) {
                warnings.add("rebase date " + date + " is on or before the first point (" + first + "): ignored");
                continue;
            }
            if (date.isAfter(last)) {
                warnings.add("rebase date " + date + " is after the last point (" + last + "): ignored");
                continue;
            }
            int index = firstOnOrAfter(points, date);
            if (!starts.add(index)) {
                warnings.add("rebase date " + date + " starts the same segment as an earlier date: ignored");
            } else if (!points.get(index).date().equals(date)) {
                warnings.add("rebase date " + date + " is not a point's date: the segment starts at "
                        + points.get(index).date());
            }
        }
        List<Integer> list = new ArrayList<>(starts);
        for (int k = 0; k < list.size(); k++) {
            int end = k + 1 < list.size() ? list.get(k + 1) : points.size();
            if (end - list.get(k) < 2) {
                throw new SpcInputException("rebase", "the segment starting " + points.get(list.get(k)).date()
                        + " would have 1 point; a segment needs at least 2 points");
            }
        }
        return list;
    }

    private static int firstOnOrAfter(List<SpcPoint> points, LocalDate date) {
        for (int i = 0; i < points.size(); i++) {
            if (!points.get(i).date().isBefore(date)) {
                return i;
            }
        }
        throw new IllegalStateException("no point on or after " + date);
    }

    private static int limitPoints(int size, SpcOptions options, int segment, List<String> warnings) {
        Integer baseline = options.baseline();
        if (baseline == null) {
            return size;
        }
        if (baseline > size) {
            warnings.add("baseline of " + baseline + " points is longer than segment " + (segment + 1)
                    + " (" + size + " points): its limits use all " + size + " points");
            return size;
        }
        return baseline;
    }

    private static void warnAbout(Segment s, int k, int count, List<String> warnings) {
        String name = count == 1 ? "the series" : "segment " + (k + 1);
        Limits l = s.limits();
        if (s.trialLimits()) {
            warnings.add(name + ": limits come from " + l.points() + " points (fewer than "
                    + Limits.TRIAL_BELOW + "): trial limits");
        }
        if (l.movingRangeMean().signum() == 0) {
            warnings.add(name + ": every moving range is 0 (the values behind the limits are all equal), so"
                    + " the limits collapse onto the mean");
        }
        if (l.screenedRanges() > 0) {
            warnings.add(name + ": outlier screening dropped " + l.screenedRanges()
                    + " moving range(s) of at least 3.267 × mR̄ before recomputing the limits");
        }
    }
}
