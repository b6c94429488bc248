package org.stiel.meetings;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;

/** The governance bodies as meetings need them: does it exist, who are its people, who chairs it. */
@Component
class MeetingBodies {

    boolean exists(NetworkId network, UUID body) {
        return false;
    }

    List<UUID> people(NetworkId network, UUID body) {
        return List.of();
    }

    boolean isChair(StielUser user, UUID body) {
        return false;
    }
}
