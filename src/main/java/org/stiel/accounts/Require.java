package org.stiel.accounts;

import java.util.UUID;
import java.util.function.Predicate;
import org.stiel.platform.ForbiddenException;

/**
 * The role checks of {@link Roles} as guards: each refuses with {@link ForbiddenException} (a 403 page, or problem
 * JSON in the API). Facades call them first thing in a write; controllers before showing a form the person may not
 * send.
 */
public final class Require {

    private Require() {}

    /** Only the network's coordinator (or the installation). */
    public static void coordinator(Actor actor) {
        allowed(Roles.coordinator(actor), "Only a coordinator");
    }

    /** Only someone with one of these roles in the network (or the installation). */
    public static void anyOf(Actor actor, NetworkRole... roles) {
        allowed(Roles.anyOf(actor, roles), "Not for this role");
    }

    /** Only a member of the network in any role (or the installation). */
    public static void member(Actor actor) {
        allowed(Roles.member(actor), "Only members of the network");
    }

    /** Only the coordinator or the staff of this partner (or the installation). */
    public static void coordinatorOrStaffOf(Actor actor, UUID partner) {
        allowed(Roles.coordinatorOrStaffOf(actor, partner), "Only the coordinator or the partner's staff");
    }

    /** Only a person a rule of the module's own allows (or the installation); see {@link Roles#that}. */
    public static void that(Actor actor, Predicate<StielUser> rule, String reason) {
        allowed(Roles.that(actor, rule), reason);
    }

    /** Refuses unless a rule of the module's own (a chair of the body, a participant of the round) allows it. */
    public static void allowed(boolean allowed, String reason) {
        if (!allowed) {
            throw new ForbiddenException(reason);
        }
    }
}
