package org.stiel.accounts;

import java.util.Arrays;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The role checks every module asks, as answers: for pages and facades that decide what to show. {@link Require} asks
 * the same questions and refuses with a 403. The installation's own work ({@link Actor.Trusted}) passes every check.
 */
public final class Roles {

    private Roles() {}

    /** Whether the actor coordinates the network (or is the installation). */
    public static boolean coordinator(Actor actor) {
        return anyOf(actor, NetworkRole.COORDINATOR);
    }

    /** Whether the actor has one of these roles in its current network (or is the installation). */
    public static boolean anyOf(Actor actor, NetworkRole... roles) {
        return switch (actor) {
            case Actor.Trusted trusted -> true;
            case StielUser user -> Arrays.stream(roles).anyMatch(user::is);
        };
    }

    /** Whether the actor belongs to its current network in any role (or is the installation). */
    public static boolean member(Actor actor) {
        return anyOf(actor, NetworkRole.values());
    }

    /** Whether the actor coordinates the network or works for this partner of it (or is the installation). */
    public static boolean coordinatorOrStaffOf(Actor actor, UUID partner) {
        return switch (actor) {
            case Actor.Trusted trusted -> true;
            case StielUser user -> user.is(NetworkRole.COORDINATOR) || user.worksFor(partner);
        };
    }

    /**
     * Whether a rule of a module's own (the action's owner, the body's chair) allows the person; the installation is
     * always allowed.
     */
    public static boolean that(Actor actor, Predicate<StielUser> rule) {
        return switch (actor) {
            case Actor.Trusted trusted -> true;
            case StielUser user -> rule.test(user);
        };
    }
}
