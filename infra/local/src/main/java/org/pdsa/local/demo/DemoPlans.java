package org.pdsa.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.local.demo.DemoProgramme.DemoProvider;

/**
 * The plans the demo's leads write on the plan form ({@code pdsa-plan-cycle}): cycle 1 tests the provider's
 * change idea; cycle 2 tests the change as adapted after cycle 1's study. Both measures are in the data plan
 * and the outcome is predicted to improve; the window is the calendar's for that cycle.
 */
final class DemoPlans {

    private DemoPlans() {
    }

    static Map<String, Object> plan(DemoProvider provider, int cycle, DemoCalendar calendar) {
        String change = cycle == 1 ? provider.changeIdea() : provider.adaptation();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("changeIdea", change);
        v.put("question", "Will this raise the share of patients seen within 4 hours at " + provider.name()
                + " without more patients coming back within a week?");
        v.put("prediction", "Seen within 4 hours rises by at least 4 points within the test window; reattendance"
                + " stays where it is.");
        v.put("measureIds", List.of(DemoProgramme.OUTCOME, DemoProgramme.BALANCING));
        v.put("predictedImprovements", List.of(DemoProgramme.OUTCOME));
        v.put("dataCollection", "Weekly extract from the emergency department system, sent every Sunday evening"
                + " through the API");
        v.put("dataCollectionMethod", "existing-system");
        v.put("testWho", "Emergency department team, " + provider.leadName() + " leading");
        v.put("testWhere", "Type 1 emergency department, " + provider.name());
        v.put("testWhen", "Every day of the test window, 08:00 to 22:00");
        v.put("testScale", "one-team");
        v.put("testWindowStart", calendar.windowStart(cycle).toString());
        v.put("testWindowEnd", calendar.windowEnd(cycle).toString());
        v.put("baselinePeriods", calendar.baselineWeeks());
        return v;
    }
}
