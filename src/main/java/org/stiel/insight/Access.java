package org.stiel.insight;

import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Roles;
import org.stiel.platform.NotFoundException;

/**
 * Who reads the context figures: the coordinator and the steering group all of them, partner staff those of the
 * indicators the coordinator shares, volunteers none. Someone who may not read figures gets the same answer as for
 * another network's data (404): the figures are not there for them.
 */
final class Access {

    private Access() {}

    static boolean readsAll(Actor reader) {
        return Roles.anyOf(reader, NetworkRole.COORDINATOR, NetworkRole.STEERING_GROUP);
    }

    static void requireReader(Actor reader) {
        if (!Roles.anyOf(reader, NetworkRole.COORDINATOR, NetworkRole.STEERING_GROUP, NetworkRole.PARTNER_STAFF)) {
            throw new NotFoundException("Figures");
        }
    }

    static void requireVisible(Actor reader, IndicatorView indicator) {
        requireReader(reader);
        if (!readsAll(reader) && !indicator.shared()) {
            throw new NotFoundException("Indicator");
        }
    }
}
