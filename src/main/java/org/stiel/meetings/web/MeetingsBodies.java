package org.stiel.meetings.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stiel.accounts.StielUser;
import org.stiel.meetings.MeetingView;
import org.stiel.network.NetworkId;

/** What the meeting pages show of governance: the bodies to choose from, and a meeting's decisions. */
@Component
class MeetingsBodies {

    record Option(UUID id, String name) {}

    List<Option> options(NetworkId network) {
        return List.of();
    }

    String name(NetworkId network, UUID body) {
        return "";
    }

    void decorate(StielUser user, MeetingView meeting, Model model) {
        model.addAttribute("decisions", List.of());
        model.addAttribute("canDecide", false);
    }
}
