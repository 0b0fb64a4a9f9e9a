package org.pdsa.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pdsa.api.Role;
import org.pdsa.local.stack.DemoIdentities;
import org.pdsa.local.stack.DemoIdentities.Identity;

/**
 * The demo's programme: three emergency departments test changes to patient flow, judged on one outcome
 * measure (seen within 4 hours) and one balancing measure (reattendance within 7 days). RF4 and its
 * identities are those of {@link DemoIdentities}, so the tokens {@code ./pdsa up} prints work against it.
 */
public final class DemoProgramme {

    public static final String OUTCOME = "four-hour";
    public static final String BALANCING = "reattend";

    /** One provider of the demo: its system (submits data), its lead (staff, plans and decides), its story. */
    public record DemoProvider(String id, String name, String leadGroup, Identity system, Identity lead,
                               String leadName, String changeIdea, String adaptation, Story story) {
    }

    /** What happens at a provider, as the seeded data is made to show it. */
    public enum Story {
        /** Cycle 1 improves the outcome with nothing worse on the balancing measure: adopt. */
        IMPROVES,
        /** Cycle 1 shows no signal (adapt); cycle 2, with the change adapted, improves: adopt. */
        ADAPTS_THEN_IMPROVES,
        /** Cycle 1 improves the outcome but the balancing measure shows special cause concern: abandon. */
        BALANCING_CONCERN
    }

    public static final DemoProvider RF4 = new DemoProvider("RF4", "Barking, Havering and Redbridge", "RF4-leads",
            DemoIdentities.PROVIDER, DemoIdentities.STAFF, "Rita Fenwick",
            "A senior clinician at the front door streams walk-in patients within 15 minutes of arrival",
            "Add a second senior clinician at the front door in the evening peak", Story.IMPROVES);
    public static final DemoProvider NVH = new DemoProvider("NVH", "North Vale Hospitals", "NVH-leads",
            new Identity(Role.PROVIDER, "nvh-system", "NVH", List.of()),
            new Identity(Role.STAFF, "nvh-lead", "NVH", List.of("NVH-leads")), "Nadia Volkov",
            "Discharge lounge open from 8am so ward beds free up before the morning peak",
            "Open the discharge lounge at 7am with a pharmacist, so medicines to take home are ready by 10am",
            Story.ADAPTS_THEN_IMPROVES);
    public static final DemoProvider EBT = new DemoProvider("EBT", "Eastbridge Teaching Hospitals",
            "EBT-leads", new Identity(Role.PROVIDER, "ebt-system", "EBT", List.of()),
            new Identity(Role.STAFF, "ebt-lead", "EBT", List.of("EBT-leads")), "Edward Bamford",
            "Nurse-led discharge of minor injuries straight from triage",
            "Nurse-led discharge from triage with a senior check before the patient leaves", Story.BALANCING_CONCERN);

    public static final List<DemoProvider> PROVIDERS = List.of(RF4, NVH, EBT);
    public static final Identity MANAGER = DemoIdentities.MANAGER;
    public static final String NAME = "Emergency department flow (demo)";

    private DemoProgramme() {
    }

    /** The body of {@code POST /programmes} for a programme with this id. */
    public static Map<String, Object> registration(String programmeId, DemoCalendar calendar) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", programmeId);
        body.put("name", NAME);
        body.put("aim", "Raise the share of patients seen within 4 hours at three type 1 emergency departments"
                + " towards the 95% standard by the summer, without more patients coming back within a week");
        body.put("measures", List.of(
                Map.of("id", OUTCOME, "name", "Seen within 4 hours", "unit", "%", "type", "outcome",
                        "direction", "increase", "target", 95, "period", "week"),
                Map.of("id", BALANCING, "name", "Reattendance within 7 days", "unit", "%", "type", "balancing",
                        "direction", "decrease", "period", "week")));
        body.put("providers", PROVIDERS.stream().map(p -> Map.of("id", p.id(), "name", p.name(),
                "leadGroups", List.of(p.leadGroup()))).toList());
        body.put("participants", PROVIDERS.stream().map(p -> Map.of("name", p.leadName(),
                "email", p.lead().subject() + "@demo.pdsa.example", "provider", p.id())).toList());
        body.put("managers", List.of(MANAGER.subject()));
        body.put("cycleProcessId", "pdsa-cycle");
        body.put("defaults", Map.of("baselinePeriods", calendar.baselineWeeks(), "testWindowWeeks", calendar.windowWeeks()));
        return body;
    }

    public static DemoProvider provider(String id) {
        return PROVIDERS.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo provider " + id));
    }

    /** A short label for a measure id. */
    public static String measureLabel(String measureId) {
        return switch (measureId) {
            case OUTCOME -> "Seen within 4 hours";
            case BALANCING -> "Reattendance within 7 days";
            default -> measureId;
        };
    }
}
