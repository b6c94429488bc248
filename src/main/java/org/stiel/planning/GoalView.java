package org.stiel.planning;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stiel.partners.PartnerId;

/**
 * A shared goal as the plan shows it.
 *
 * @param progress the roll-up of its actions, 0–100 (see {@link Goals})
 * @param actionCount how many actions belong to it, cancelled ones included
 * @param challengeTitle the title of the challenge it came from; empty when none
 */
public record GoalView(
        GoalId id,
        String title,
        String why,
        String measure,
        LocalDate targetOn,
        boolean published,
        Optional<ChallengeId> challenge,
        String challengeTitle,
        List<ServedPartner> partners,
        int progress,
        int actionCount,
        long version) {

    /** A partner whose own goal the shared goal serves, in the partner's words. */
    public record ServedPartner(PartnerId partner, String partnerName, String ownGoal) {}
}
