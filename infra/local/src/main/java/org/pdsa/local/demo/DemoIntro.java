package org.pdsa.local.demo;

import org.pdsa.local.demo.DemoProgramme.DemoProvider;

/** The demo's opening lines: the programme, its people and where its data comes from. */
final class DemoIntro {

    private DemoIntro() {
    }

    static void print(DemoTimeline t, DemoSession.Settings settings) {
        DemoCalendar c = settings.calendar();
        t.line("PDSA demo: " + DemoProgramme.NAME + " (programme " + settings.programmeId() + ")");
        t.line("  Three emergency departments test one change idea each in plan-do-study-act cycles, judged weekly on");
        t.line("  'Seen within 4 hours' (outcome, higher is better, target 95%) and 'Reattendance within 7 days'");
        t.line("  (balancing, lower is better). Time runs on the engine's clock: " + c.testWeeks() + " test weeks in seconds.");
        for (DemoProvider p : DemoProgramme.PROVIDERS) {
            t.line(String.format("  %-4s %-32s lead %-9s system %s", p.id(), p.name(), p.lead().subject(), p.system().subject()));
        }
        t.line("  Data: RF4's outcome baseline replays 12 real months of its A&E performance (NHS England A&E statistics,");
        t.line("  OGL v3); every other value is synthetic and seeded. NVH and EBT are fictional.");
        t.line("");
        t.line("Starting the local stack from cold...");
    }
}
