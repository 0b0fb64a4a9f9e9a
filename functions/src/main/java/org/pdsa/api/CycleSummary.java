package org.pdsa.api;

import java.util.List;
import org.pdsa.domain.Act;
import org.pdsa.domain.Cycle;
import org.pdsa.domain.CycleStatus;
import org.pdsa.domain.DateRange;
import org.pdsa.domain.MeasureStudy;

/**
 * A cycle in a programme's listing: who, which, where it stands, its test window and decision, and once studied
 * each measure's verdict and SPC icons (what a programme page shows per provider and cycle).
 */
public record CycleSummary(String id, String providerId, int number, CycleStatus status, DateRange testWindow,
                           Act decision, String processInstanceKey, List<Icons> measures) {

    /** One measure's study result in brief: verdict and the variation and assurance icons. */
    public record Icons(String measureId, String verdict, String variationIcon, String assuranceIcon) {

        static Icons of(MeasureStudy s) {
            return new Icons(s.measureId(), s.verdict() == null ? null : s.verdict().code(), s.variationIcon(),
                    s.assuranceIcon());
        }
    }

    public static CycleSummary of(Cycle c) {
        return new CycleSummary(c.id(), c.providerId(), c.number(), c.status(),
                c.plan() == null ? null : c.plan().testWindow(), c.decision() == null ? null : c.decision().act(),
                c.processInstanceKey(), c.study().stream().map(Icons::of).toList());
    }
}
