package org.stiel.planning;

import java.time.Instant;
import java.util.Optional;
import org.stiel.network.NetworkId;

/** The events of an action, built where it is saved so that the facade's methods stay one line longer only. */
final class ActionEvents {

    private ActionEvents() {}

    static ActionCreated created(NetworkId network, Action action, Instant now) {
        return new ActionCreated(network, new ActionId(action.id()), goalOf(action), action.title(), now);
    }

    /** Done now and not before: moving the progress of a done action again says nothing new. */
    static Optional<ActionDone> done(NetworkId network, ActionStatus before, Action action, Instant now) {
        if (action.status() != ActionStatus.DONE || before == ActionStatus.DONE) {
            return Optional.empty();
        }
        return Optional.of(new ActionDone(network, new ActionId(action.id()), goalOf(action), action.title(), now));
    }

    private static GoalId goalOf(Action action) {
        return action.goalId() == null ? null : new GoalId(action.goalId());
    }
}
