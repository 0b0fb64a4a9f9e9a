package org.pdsa.local.tryout;

import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import org.pdsa.local.tryout.TryOut.State;
import org.pdsa.local.tryout.TryOut.WaitingTask;

/** What {@code ./pdsa up} tells a newcomer to do in the browser, from what the stack holds for them. */
public final class TryOutGuide {

    private TryOutGuide() {
    }

    public static void print(State state, URI site, PrintStream out) {
        String web = site.toString().replaceAll("/?$", "/");
        List<WaitingTask> plans = state.rf4Tasks().stream().filter(t -> "task_plan_cycle".equals(t.elementId())).toList();
        List<WaitingTask> studies = state.rf4Tasks().stream().filter(t -> "task_study_and_decide".equals(t.elementId()))
                .toList();
        out.println();
        out.println("Try it in a browser (programme " + TryOutProgramme.ID + ", \"" + TryOutProgramme.NAME + "\"):");
        if (!plans.isEmpty()) {
            out.println("  1. Open " + web + " and sign in as rf4-lead (staff at " + TryOutProgramme.RF4.name() + ", RF4).");
            out.println("  2. My tasks shows \"Plan the cycle\" (cycle " + plans.get(0).cycleId() + "). Fill it in and complete it.");
            out.println("     Its test window is already set to the " + TryOutProgramme.WINDOW_WEEKS + " weeks that have just ended"
                    + (state.window() == null ? "" : " (" + state.window().start() + " to " + state.window().end() + ")")
                    + ", whose data is in.");
            out.println("  3. Within seconds the engine fetches and analyses the data: open My tasks again and \"Study and decide\"");
            out.println("     is there, with the SPC charts and verdicts beside the form. Decide: adopt, adapt or abandon.");
            out.println("  4. Sign out, sign in as demo-manager, open programme " + TryOutProgramme.ID
                    + ": every provider's cycles, then what was learned.");
        } else if (!studies.isEmpty()) {
            out.println("  Open " + web + " and sign in as rf4-lead: \"Study and decide\" (cycle " + studies.get(0).cycleId()
                    + ") is waiting in My tasks, with the SPC charts beside the form.");
            out.println("  Then sign in as demo-manager and open programme " + TryOutProgramme.ID + " and its learning.");
        } else {
            out.println("  Open " + web + " and sign in as demo-manager: programme " + TryOutProgramme.ID
                    + " shows every provider's cycles and what was learned.");
            out.println("  rf4-lead has " + (state.rf4Tasks().isEmpty() ? "no task" : state.rf4Tasks().size() + " tasks")
                    + " waiting. To try a cycle from the start again: Ctrl-C, delete " + ".pdsa/, ./pdsa up.");
        }
    }
}
