package org.pdsa.local.gateway;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Programme bodies for tests through the API, each with a unique id so tests sharing a table never meet. */
final class TestProgrammes {

    private TestProgrammes() {
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Two providers (rf4 with group rf4-leads, rfr with rfr-leads), two weekly measures, managed by mary. */
    static Map<String, Object> edFlow(String id) {
        return Map.of(
                "id", id,
                "name", "Emergency department flow",
                "aim", "Cut four-hour breaches at type 1 departments by a fifth by March",
                "measures", List.of(
                        Map.of("id", "breaches", "name", "Four-hour breaches", "unit", "attendances",
                                "type", "outcome", "direction", "decrease", "period", "week"),
                        Map.of("id", "reattend", "name", "Reattendance within 7 days", "unit", "%",
                                "type", "balancing", "direction", "decrease", "period", "week")),
                "providers", List.of(
                        Map.of("id", "rf4", "name", "Barking, Havering and Redbridge", "leadGroups", List.of("rf4-leads")),
                        Map.of("id", "rfr", "name", "Rotherham", "leadGroups", List.of("rfr-leads"))),
                "participants", List.of(Map.of("name", "Pat Quinn", "email", "pat.quinn@example.nhs.uk",
                        "provider", "rf4")),
                "managers", List.of("mary"));
    }
}
