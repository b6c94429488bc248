package org.stiel.meetings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.governance.Bodies;
import org.stiel.governance.BodyId;
import org.stiel.governance.BodyMemberView;
import org.stiel.network.NetworkId;
import org.stiel.platform.NotFoundException;

/** The governance bodies as meetings need them: does it exist, who are its people, who chairs it. */
@Component
class MeetingBodies {

    private final Bodies bodies;

    MeetingBodies(Bodies bodies) {
        this.bodies = bodies;
    }

    boolean exists(NetworkId network, UUID body) {
        return body != null && find(network, body).isPresent();
    }

    /** The people named for the body's current member partners (those with an account). */
    List<UUID> people(NetworkId network, UUID body) {
        return find(network, body).stream()
                .flatMap(b -> b.members().stream())
                .map(BodyMemberView::person)
                .flatMap(Optional::stream)
                .map(UserId::value)
                .distinct()
                .toList();
    }

    boolean isChair(StielUser user, UUID body) {
        return bodies.chairs(user, new BodyId(body));
    }

    private Optional<org.stiel.governance.BodyView> find(NetworkId network, UUID body) {
        try {
            return Optional.of(bodies.get(network, new BodyId(body)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
