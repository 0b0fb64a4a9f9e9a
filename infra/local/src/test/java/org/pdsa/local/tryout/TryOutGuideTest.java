package org.pdsa.local.tryout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pdsa.local.tryout.TryOut.State;
import org.pdsa.local.tryout.TryOut.WaitingTask;
import org.pdsa.local.tryout.TryOutProgramme.Window;

class TryOutGuideTest {

    private static final URI SITE = URI.create("http://localhost:3000");

    @Test
    void shouldTellANewcomerWhomToSignInAsAndThatTheStudyFollowsThePlan() {
        // given
        Window window = Window.endingBefore(LocalDate.of(2026, 11, 26));
        State state = new State(true, window, Map.of("RF4", "RF4-abc-1"),
                List.of(new WaitingTask("7", "Plan the cycle", "task_plan_cycle", "RF4-abc-1")));

        // when
        String text = print(state);

        // then
        assertThat(text).contains("Open http://localhost:3000/ and sign in as rf4-lead")
                .contains("\"Plan the cycle\" (cycle RF4-abc-1)")
                .contains("(2026-09-28 to 2026-11-22)")
                .contains("\"Study and decide\"")
                .contains("sign in as demo-manager");
    }

    @Test
    void shouldPointAtTheWaitingStudyOnALaterStart() {
        // given
        State state = new State(false, null, Map.of(),
                List.of(new WaitingTask("9", "Study and decide", "task_study_and_decide", "RF4-abc-1")));

        // when
        String text = print(state);

        // then
        assertThat(text).contains("sign in as rf4-lead: \"Study and decide\" (cycle RF4-abc-1) is waiting")
                .doesNotContain("Plan the cycle");
    }

    @Test
    void shouldSayHowToStartAgainWhenNothingIsWaiting() {
        // when
        String text = print(new State(false, null, Map.of(), List.of()));

        // then
        assertThat(text).contains("sign in as demo-manager").contains("rf4-lead has no task waiting")
                .contains("delete .pdsa/");
    }

    @Test
    void shouldSetTheWindowOnTheEightWholeWeeksBeforeThisWeek() {
        // when
        Window monday = Window.endingBefore(LocalDate.of(2026, 11, 23));
        Window sunday = Window.endingBefore(LocalDate.of(2026, 11, 29));

        // then
        assertThat(monday).isEqualTo(sunday).isEqualTo(new Window(LocalDate.of(2026, 9, 28), LocalDate.of(2026, 11, 22)));
        assertThat(monday.firstWeek()).isEqualTo(LocalDate.of(2026, 7, 6));
    }

    private static String print(State state) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TryOutGuide.print(state, SITE, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
