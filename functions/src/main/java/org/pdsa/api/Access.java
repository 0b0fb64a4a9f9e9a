package org.pdsa.api;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pdsa.domain.Programme;

/**
 * The authorization rules of DESIGN §3.2 as plain decisions: each returns the reason for a refusal, or empty
 * when the caller may go on. A provider system acts only for its own provider; staff only for their
 * provider's tasks and groups; managers only on the programmes they manage.
 */
public final class Access {

    private Access() {
    }

    /** Throws 403 with the reason when there is one. */
    public static void require(Optional<String> refusal) {
        refusal.ifPresent(reason -> {
            throw ApiProblem.forbidden(reason);
        });
    }

    public static Optional<String> role(Caller caller, Role... allowed) {
        if (Arrays.asList(allowed).contains(caller.role())) {
            return Optional.empty();
        }
        return Optional.of("this needs the role " + Arrays.stream(allowed).map(Role::code)
                .collect(Collectors.joining(" or ")) + "; you are " + caller.describe());
    }

    /** A provider system or staff member acts for {@code providerId} only when it is their own provider. */
    public static Optional<String> actFor(Caller caller, String providerId) {
        if (caller.is(Role.MANAGER) || providerId.equals(caller.providerId())) {
            return Optional.empty();
        }
        return Optional.of("you act for provider " + caller.providerId() + ", not for provider " + providerId);
    }

    /** Members see a programme: its managers, and providers (systems and staff) taking part in it. */
    public static Optional<String> member(Caller caller, Programme programme) {
        if (caller.is(Role.MANAGER)) {
            return manager(caller, programme);
        }
        if (programme.provider(caller.providerId()).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("provider " + caller.providerId() + " does not take part in programme " + programme.id());
    }

    /** Only a manager of the programme manages it. */
    public static Optional<String> manager(Caller caller, Programme programme) {
        if (!caller.is(Role.MANAGER)) {
            return role(caller, Role.MANAGER);
        }
        if (programme.isManagedBy(caller.subject())) {
            return Optional.empty();
        }
        return Optional.of("manager " + caller.subject() + " does not manage programme " + programme.id()
                + " (its managers are listed in the programme)");
    }

    /**
     * Staff work a task of their own provider when it is assigned to them, or offered to them or one of their
     * groups; managers work tasks of programmes they manage ({@code programme} is the task's programme, null
     * when the task names none).
     */
    public static Optional<String> task(Caller caller, TaskContext task, Programme programme) {
        if (caller.is(Role.PROVIDER)) {
            return role(caller, Role.STAFF, Role.MANAGER);
        }
        if (caller.is(Role.MANAGER)) {
            if (programme == null) {
                return Optional.of("task " + task.key() + " belongs to no programme of ours");
            }
            return manager(caller, programme);
        }
        if (task.providerId() == null || !task.providerId().equals(caller.providerId())) {
            return Optional.of("task " + task.key() + " belongs to provider " + task.providerId()
                    + "; you are staff of provider " + caller.providerId());
        }
        if (caller.subject().equals(task.info().assignee()) || task.info().candidateUsers().contains(caller.subject())
                || caller.inAnyGroup(task.info().candidateGroups())) {
            return Optional.empty();
        }
        return Optional.of("task " + task.key() + " is for the groups " + task.info().candidateGroups()
                + (task.info().assignee() == null ? "" : " and assigned to " + task.info().assignee())
                + "; your groups are " + caller.groups());
    }

    /** Completing needs the task to be unassigned or assigned to the caller. */
    public static Optional<String> complete(Caller caller, TaskContext task) {
        String assignee = task.info().assignee();
        if (assignee == null || assignee.equals(caller.subject())) {
            return Optional.empty();
        }
        return Optional.of("task " + task.key() + " is assigned to " + assignee + "; only they may complete it");
    }
}
