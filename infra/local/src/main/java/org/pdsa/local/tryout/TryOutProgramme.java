package org.pdsa.local.tryout;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.pdsa.api.Role;
import org.pdsa.local.stack.DemoIdentities;
import org.pdsa.local.stack.DemoIdentities.Identity;

/**
 * The programme a newcomer tries on one machine: emergency department flow at two providers (RF4, whose people are
 * the demo identities {@code ./pdsa up} prints, and Rotherham, RFR), two weekly measures, and 20 weeks of values
 * ending last week. Its cycles are retrospective: their test window is the 8 weeks that have just ended, so the
 * data is already in and the study follows the plan in seconds, without moving any clock.
 */
public final class TryOutProgramme {

    public static final String ID = "ed-flow";
    public static final String NAME = "Emergency department flow";
    public static final String BREACHES = "breaches";
    public static final String REATTEND = "reattend";
    public static final int BASELINE_WEEKS = 12;
    public static final int WINDOW_WEEKS = 8;

    /** The second provider's system and staff (the sign-in page's "Someone else"). */
    public static final Identity RFR_SYSTEM = new Identity(Role.PROVIDER, "rfr-system", "RFR", List.of());
    public static final Identity RFR_LEAD = new Identity(Role.STAFF, "rfr-lead", "RFR", List.of("RFR-leads"));

    /** One provider: its id and name, its system (submits values, starts cycles) and its lead (plans, decides). */
    public record Site(String id, String name, Identity system, Identity lead) {
    }

    public static final Site RF4 = new Site("RF4", "Barking, Havering and Redbridge", DemoIdentities.PROVIDER,
            DemoIdentities.STAFF);
    public static final Site RFR = new Site("RFR", "Rotherham", RFR_SYSTEM, RFR_LEAD);
    public static final List<Site> SITES = List.of(RF4, RFR);

    /** The test window that has just ended (8 whole weeks, Monday to Sunday, before the week of {@code today}). */
    public record Window(LocalDate start, LocalDate end) {
        public static Window endingBefore(LocalDate today) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new Window(monday.minusWeeks(WINDOW_WEEKS), monday.minusDays(1));
        }

        /** The Monday of the first baseline week. */
        public LocalDate firstWeek() {
            return start.minusWeeks(BASELINE_WEEKS);
        }

        /** The body of {@code POST /cycles} for a retrospective cycle in this window. */
        public Map<String, Object> cycleStart() {
            return Map.of("programme", ID, "testWindowStart", start.toString(), "testWindowEnd", end.toString(),
                    "baselinePeriods", BASELINE_WEEKS);
        }
    }

    private TryOutProgramme() {
    }

    /** The body of {@code POST /programmes}. */
    public static Map<String, Object> registration() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", ID);
        body.put("name", NAME);
        body.put("aim", "Cut four-hour breaches at type 1 departments by a fifth within six months, without more reattendances");
        body.put("measures", List.of(
                Map.of("id", BREACHES, "name", "Four-hour breaches", "unit", "attendances",
                        "type", "outcome", "direction", "decrease", "period", "week"),
                Map.of("id", REATTEND, "name", "Reattendance within 7 days", "unit", "%",
                        "type", "balancing", "direction", "decrease", "period", "week")));
        body.put("providers", SITES.stream().map(s -> Map.of("id", s.id(), "name", s.name(),
                "leadGroups", s.lead().groups())).toList());
        body.put("participants", List.of(Map.of("name", "Pat Quinn", "email", "pat.quinn@example.nhs.uk", "provider", "RF4")));
        body.put("managers", List.of(DemoIdentities.MANAGER.subject()));
        body.put("defaults", Map.of("baselinePeriods", BASELINE_WEEKS, "testWindowWeeks", WINDOW_WEEKS));
        return body;
    }

    /**
     * The body of {@code POST /providers/{id}/measurements} for one measure: a value per week from the baseline's
     * first week to the window's last. RF4's breaches fall in the test window (special cause improvement) while its
     * reattendances stay level; Rotherham's breaches stay level and its reattendances rise (special cause concern).
     */
    public static Map<String, Object> values(Site site, String measure, Window window) {
        IntToDoubleFunction value = switch (site.id() + "/" + measure) {
            case "RF4/" + BREACHES -> w -> w < BASELINE_WEEKS ? 40 + (w * 7 % 5) : 31 + (w * 5 % 3);
            case "RF4/" + REATTEND -> w -> 7.5 + (w * 5 % 4) / 4.0;
            case "RFR/" + BREACHES -> w -> 52 + (w * 7 % 6);
            case "RFR/" + REATTEND -> w -> w < BASELINE_WEEKS ? 6 + (w * 5 % 3) / 3.0 : 9.5 + (w % 2) / 2.0;
            default -> throw new IllegalArgumentException("no values for " + site.id() + " " + measure);
        };
        List<Map<String, Object>> points = new ArrayList<>();
        for (int w = 0; w < BASELINE_WEEKS + WINDOW_WEEKS; w++) {
            points.add(Map.of("period", window.firstWeek().plusWeeks(w).toString(),
                    "value", BigDecimal.valueOf(value.applyAsDouble(w)).stripTrailingZeros()));
        }
        return Map.of("programme", ID, "measure", measure, "points", points);
    }
}
