package org.pdsa.spc;

import java.util.List;

/**
 * The result of an XmR analysis (the contract of DOMAIN.md §3): segments with their limits, every point
 * with its rule and variation, the icons, and warnings about the input. {@code options} are those used.
 */
public record SpcAnalysis(
        List<Segment> segments,
        List<AnalysedPoint> points,
        Variation variationIcon,
        Assurance assuranceIcon,
        List<String> warnings,
        SpcOptions options) {

    public SpcAnalysis {
        segments = List.copyOf(segments);
        points = List.copyOf(points);
        warnings = List.copyOf(warnings);
    }

    /** The segment holding point {@code index}. */
    public Segment segmentOf(int index) {
        return segments.stream()
                .filter(s -> s.contains(index))
                .findFirst()
                .orElseThrow(() -> new IndexOutOfBoundsException("no point " + index));
    }

    public Segment lastSegment() {
        return segments.get(segments.size() - 1);
    }
}
