package org.pdsa.local.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pdsa.domain.Notification;
import org.pdsa.local.demo.DemoResult.CycleOutcome;

/**
 * Writes what the demo produced into its folder: {@code charts/<provider>-<measure>-cycle<n>.svg} (the SPC
 * charts of every decision's evidence, as the API draws them), {@code learning.md} and {@code learning.json}
 * (the learning summary), {@code timeline.txt} (what the terminal showed).
 */
final class DemoOutput {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DemoOutput() {
    }

    static void write(Path dir, DemoResult result, List<String> timeline) {
        try {
            Files.createDirectories(dir.resolve("charts"));
            for (Map.Entry<String, String> chart : result.charts().entrySet()) {
                Files.writeString(dir.resolve("charts").resolve(chart.getKey()), chart.getValue());
            }
            Files.writeString(dir.resolve("learning.md"), markdown(result));
            Files.writeString(dir.resolve("learning.json"), JSON.writeValueAsString(json(result)));
            writeTimeline(dir, timeline);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the demo's results to " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The timeline alone (what is left to write when the demo stopped early). */
    static void writeTimeline(Path dir, List<String> timeline) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("timeline.txt"), timeline);
    }

    static String markdown(DemoResult r) {
        StringBuilder md = new StringBuilder();
        md.append("# Learning: ").append(DemoProgramme.NAME).append("\n\n");
        md.append("Programme `").append(r.programmeId()).append("`, run `").append(r.runId()).append("`. ");
        md.append("Demo data: RF4's outcome baseline replays twelve real months of its A&E performance (NHS England, OGL v3);"
                + " everything else is synthetic and seeded. NVH and EBT are fictional.\n\n");
        md.append("## Decisions\n\n| provider | cycle | change tested | seen within 4 hours | reattendance within 7 days"
                + " | decision | as expected |\n|---|---|---|---|---|---|---|\n");
        for (CycleOutcome o : r.cycles()) {
            md.append("| ").append(o.providerId()).append(" | ").append(o.number()).append(" | ").append(o.changeIdea())
                    .append(" | ").append(result(o, DemoProgramme.OUTCOME)).append(" | ").append(result(o, DemoProgramme.BALANCING))
                    .append(" | **").append(o.judgement().decision()).append("** | ")
                    .append(o.differences().isEmpty() ? "yes" : "no: " + String.join("; ", o.differences())).append(" |\n");
        }
        md.append("\n## What the leads wrote\n\n");
        for (CycleOutcome o : r.cycles()) {
            md.append("- **").append(o.providerId()).append(" cycle ").append(o.number()).append(" (")
                    .append(o.judgement().decision()).append(")**: ").append(o.judgement().rationale()).append(" ")
                    .append(o.judgement().learning());
            if (o.judgement().nextChange() != null) {
                md.append(" Next: ").append(o.judgement().nextChange()).append('.');
            }
            md.append('\n');
        }
        md.append("\n## Learning shared with every participant\n\n");
        md.append(r.learningSummary() == null ? "(not compiled)\n" : "```\n" + r.learningSummary().strip() + "\n```\n");
        md.append("\n## SPC charts\n\n");
        r.charts().keySet().forEach(name -> md.append("- [").append(name).append("](charts/").append(name).append(")\n"));
        md.append("\n## Notifications (local outbox)\n\n");
        notificationCounts(r.notifications()).forEach((event, n) -> md.append("- ").append(event).append(": ").append(n)
                .append('\n'));
        if (!r.problems().isEmpty()) {
            md.append("\n## Not as expected\n\n");
            r.problems().forEach(p -> md.append("- ").append(p).append('\n'));
        }
        return md.toString();
    }

    static ObjectNode json(DemoResult r) {
        ObjectNode root = JSON.createObjectNode().put("programmeId", r.programmeId()).put("runId", r.runId())
                .put("asExpected", r.asExpected()).put("learningSummary", r.learningSummary());
        ArrayNode cycles = root.putArray("cycles");
        for (CycleOutcome o : r.cycles()) {
            ObjectNode c = cycles.addObject().put("providerId", o.providerId()).put("cycle", o.number())
                    .put("cycleId", o.cycleId()).put("changeIdea", o.changeIdea())
                    .put("decision", o.judgement().decision()).put("rationale", o.judgement().rationale())
                    .put("expectedDecision", o.expected() == null ? null : o.expected().decision())
                    .put("balancingConcern", o.study().balancingConcern());
            ObjectNode verdicts = c.putObject("verdicts");
            o.study().verdicts().forEach(v -> verdicts.putObject(v.measureId()).put("result", v.result())
                    .put("predictionMet", v.predictionMet()).put("variationIcon", v.variationIcon())
                    .put("assuranceIcon", v.assuranceIcon()));
        }
        root.set("notifications", JSON.valueToTree(notificationCounts(r.notifications())));
        root.set("learning", r.learning());
        root.set("problems", JSON.valueToTree(r.problems()));
        return root;
    }

    private static String result(CycleOutcome o, String measure) {
        return o.study().of(measure).map(v -> DemoTimeline.icon(v.result()) + " " + v.result().replace('-', ' ')).orElse("–");
    }

    private static Map<String, Integer> notificationCounts(List<Notification> notifications) {
        Map<String, Integer> counts = new TreeMap<>();
        notifications.forEach(n -> counts.merge(n.event(), 1, Integer::sum));
        return counts;
    }
}
