package org.stiel.meetings.web;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.stiel.accounts.StielUser;
import org.stiel.governance.Bodies;
import org.stiel.governance.BodyId;
import org.stiel.governance.DecisionForm;
import org.stiel.governance.Decisions;
import org.stiel.governance.MeetingRef;
import org.stiel.meetings.MeetingView;
import org.stiel.network.NetworkId;
import org.stiel.platform.NotFoundException;

/** What the meeting pages show of governance: the bodies to choose from, and a meeting's decisions. */
@Component
class MeetingsBodies {

    record Option(UUID id, String name) {}

    private final Bodies bodies;
    private final Decisions decisions;

    MeetingsBodies(Bodies bodies, Decisions decisions) {
        this.bodies = bodies;
        this.decisions = decisions;
    }

    List<Option> options(NetworkId network) {
        return bodies.list(network).stream()
                .map(b -> new Option(b.id().value(), b.name()))
                .toList();
    }

    String name(NetworkId network, UUID body) {
        try {
            return bodies.get(network, new BodyId(body)).name();
        } catch (NotFoundException e) {
            return "";
        }
    }

    /** The meeting's decisions, and the form to record one for those who may. */
    void decorate(StielUser user, MeetingView meeting, Model model, boolean mayRun) {
        model.addAttribute(
                "decisions", decisions.ofMeeting(user.networkId(), meeting.id().value()));
        boolean canDecide = mayRun
                && meeting.bodyId()
                        .map(b -> decisions.recordableBodies(user).stream()
                                .anyMatch(r -> r.id().value().equals(b)))
                        .orElse(decisions.canRecordForNetwork(user));
        model.addAttribute("canDecide", canDecide);
        if (canDecide && !model.containsAttribute("decision")) {
            model.addAttribute("decision", new DecisionForm(null, null, meeting.date(), null));
        }
    }

    /**
     * Records a decision taken in the meeting, for the meeting's body (or the whole network).
     *
     * @throws IllegalArgumentException when governance refuses the form's content
     */
    void record(StielUser user, MeetingView meeting, DecisionForm form) {
        decisions.record(
                user,
                form.withBodyId(meeting.bodyId().orElse(null)),
                new MeetingRef(meeting.id().value(), meeting.title(), meeting.date()));
    }
}
