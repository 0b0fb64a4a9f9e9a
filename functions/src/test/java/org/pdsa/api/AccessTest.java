package org.pdsa.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdsa.camunda.UserTaskInfo;
import org.pdsa.spc.Direction;
import org.pdsa.domain.Measure;
import org.pdsa.domain.MeasurePeriod;
import org.pdsa.domain.MeasureType;
import org.pdsa.domain.Programme;
import org.pdsa.domain.Provider;

class AccessTest {

    private final Programme programme = new Programme("ed-flow", "ED flow", "Fewer breaches",
            List.of(new Measure("breaches", "Breaches", "count", MeasureType.OUTCOME, Direction.DECREASE, null,
                    MeasurePeriod.WEEK)),
            List.of(new Provider("rf4", "Barking", List.of("rf4-leads"), null),
                    new Provider("rfr", "Rotherham", List.of("rfr-leads"), null)),
            List.of(), List.of("mary"), null, null);

    private final Caller mary = new Caller("mary", Role.MANAGER, null, List.of());
    private final Caller otherManager = new Caller("max", Role.MANAGER, null, List.of());
    private final Caller rf4System = new Caller("rf4-system", Role.PROVIDER, "rf4", List.of());
    private final Caller alice = new Caller("alice", Role.STAFF, "rf4", List.of("rf4-leads"));
    private final Caller rfrStaff = new Caller("rob", Role.STAFF, "rfr", List.of("rfr-leads", "rf4-leads"));

    @Test
    void shouldLetAProviderActOnlyForItself() {
        assertThat(Access.actFor(rf4System, "rf4")).isEmpty();
        assertThat(Access.actFor(rf4System, "rfr")).hasValueSatisfying(reason ->
                assertThat(reason).isEqualTo("you act for provider rf4, not for provider rfr"));
    }

    @Test
    void shouldLetMembersSeeTheProgramme() {
        assertThat(Access.member(mary, programme)).isEmpty();
        assertThat(Access.member(rf4System, programme)).isEmpty();
        assertThat(Access.member(alice, programme)).isEmpty();
        assertThat(Access.member(new Caller("x", Role.STAFF, "zzz", List.of()), programme))
                .hasValue("provider zzz does not take part in programme ed-flow");
        assertThat(Access.member(otherManager, programme)).hasValueSatisfying(r ->
                assertThat(r).contains("manager max does not manage programme ed-flow"));
    }

    @Test
    void shouldLetOnlyTheProgrammesManagersManageIt() {
        assertThat(Access.manager(mary, programme)).isEmpty();
        assertThat(Access.manager(otherManager, programme)).isPresent();
        assertThat(Access.manager(alice, programme)).hasValueSatisfying(r -> assertThat(r).contains("role manager"));
    }

    @Test
    void shouldLetStaffWorkTasksOfTheirProviderAndGroups() {
        // given
        TaskContext rf4Plan = task("rf4", List.of("rf4-leads"), null);

        // when / then
        assertThat(Access.task(alice, rf4Plan, programme)).isEmpty();
        assertThat(Access.task(rfrStaff, rf4Plan, programme)).hasValueSatisfying(r ->
                assertThat(r).contains("belongs to provider rf4").contains("staff of provider rfr"));
        assertThat(Access.task(new Caller("al", Role.STAFF, "rf4", List.of("other")), rf4Plan, programme))
                .hasValueSatisfying(r -> assertThat(r).contains("is for the groups [rf4-leads]"));
        assertThat(Access.task(rf4System, rf4Plan, programme)).hasValueSatisfying(r ->
                assertThat(r).contains("staff or manager"));
    }

    @Test
    void shouldLetStaffWorkATaskAssignedToThemWhateverTheirGroups() {
        TaskContext assigned = task("rf4", List.of("rf4-leads"), "al");
        assertThat(Access.task(new Caller("al", Role.STAFF, "rf4", List.of()), assigned, programme)).isEmpty();
    }

    @Test
    void shouldLetManagersWorkTasksOfTheirProgrammesOnly() {
        TaskContext t = task("rf4", List.of("rf4-leads"), null);
        assertThat(Access.task(mary, t, programme)).isEmpty();
        assertThat(Access.task(otherManager, t, programme)).isPresent();
        assertThat(Access.task(mary, t, null)).isPresent();
    }

    @Test
    void shouldLetOnlyTheAssigneeCompleteAnAssignedTask() {
        assertThat(Access.complete(alice, task("rf4", List.of("rf4-leads"), null))).isEmpty();
        assertThat(Access.complete(alice, task("rf4", List.of("rf4-leads"), "alice"))).isEmpty();
        assertThat(Access.complete(alice, task("rf4", List.of("rf4-leads"), "ann")))
                .hasValue("task 7 is assigned to ann; only they may complete it");
    }

    private static TaskContext task(String provider, List<String> groups, String assignee) {
        UserTaskInfo info = new UserTaskInfo(7, "Plan the cycle", "task_plan_cycle", "CREATED", assignee, groups,
                List.of(), 1, 2L, "pdsa-cycle", 3L, null, null, null, 50);
        return new TaskContext(info, "ed-flow", provider, "Barking", "rf4-abc-1", 1);
    }
}
