package org.stiel.planning;

import java.util.List;
import java.util.Optional;
import org.stiel.partners.PartnerId;

/**
 * A challenge as the plan shows it.
 *
 * @param priority the coordinator's rank (1 first); empty when not set
 * @param votes the partners that support it, by name; its size is the vote count
 */
public record ChallengeView(
        ChallengeId id,
        String title,
        String description,
        ChallengeSource source,
        ChallengeStatus status,
        Optional<Integer> priority,
        String proposedByName,
        List<Vote> votes) {

    /** One partner's vote. */
    public record Vote(PartnerId partner, String partnerName) {}

    public int voteCount() {
        return votes.size();
    }

    public boolean votedBy(PartnerId partner) {
        return votes.stream().anyMatch(v -> v.partner().equals(partner));
    }
}
