package org.stiel.lifecycle;

import java.time.Instant;
import java.util.Optional;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;

/**
 * A person invited to answer a round.
 *
 * @param partner the partner a representative answers for; empty for the steering group
 * @param partnerName that partner's name, where the list shows it; empty for the steering group
 * @param answered how many questions they have answered so far (saved or submitted)
 * @param submittedAt when they handed in their answers; {@code null} while not
 */
public record ParticipantView(
        ParticipantId id,
        RoundId round,
        UserId user,
        String displayName,
        ParticipantRole role,
        Optional<PartnerId> partner,
        Optional<String> partnerName,
        Instant invitedAt,
        Instant submittedAt,
        int answered) {

    /** The same participant with the number of questions answered, counted apart for a page of participants. */
    ParticipantView withAnswered(int count) {
        return new ParticipantView(
                id, round, user, displayName, role, partner, partnerName, invitedAt, submittedAt, count);
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
