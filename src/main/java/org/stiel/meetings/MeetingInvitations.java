package org.stiel.meetings;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.MemberView;
import org.stiel.network.NetworkId;

/** Who is invited to a meeting, and the invitations mailed to them. The caller has checked who may send them. */
@Component
class MeetingInvitations {

    private final Accounts accounts;
    private final MeetingBodies bodies;
    private final MeetingMails mails;

    MeetingInvitations(Accounts accounts, MeetingBodies bodies, MeetingMails mails) {
        this.accounts = accounts;
        this.bodies = bodies;
        this.mails = mails;
    }

    /** Who is invited: the body's members with an account for its meetings, every member of the network otherwise. */
    List<UUID> invitees(NetworkId network, MeetingKind kind, UUID body) {
        if (kind == MeetingKind.WORKING_GROUP_MEETING && body != null) {
            var members =
                    accounts.members(network).stream().map(m -> m.id().value()).toList();
            return bodies.people(network, body).stream()
                    .filter(members::contains)
                    .toList();
        }
        return accounts.members(network).stream().map(m -> m.id().value()).toList();
    }

    /**
     * Invites whoever is invited now and mails each attendee an invitation with the meeting as an {@code .ics} file.
     *
     * @return how many were sent
     */
    int send(NetworkId network, Meeting meeting, MeetingView view) {
        // who is invited today, not when the meeting was planned (possibly months ago, as part of a series)
        meeting.invite(invitees(network, meeting.kind(), meeting.bodyId()));
        var emails =
                accounts.members(network).stream().collect(Collectors.toMap(m -> m.id().value(), MemberView::email));
        int sent = 0;
        for (var attendee : meeting.attendees()) {
            String email = emails.get(attendee.userId());
            if (email != null) {
                mails.invitation(email, view);
                sent++;
            }
        }
        return sent;
    }
}
