package org.stiel.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;

/**
 * An action as the plan shows it.
 *
 * @param ownerPartner the responsible partner
 * @param ownerMember the responsible person, a member of the network
 * @param ownerName the responsible partner's name, else the person's; empty when nobody carries it yet
 * @param goalTitle the title of its goal; empty when it belongs to none
 * @param partnerName the responsible partner's name, empty when none
 * @param personName the responsible person's name, empty when none
 * @param progress 0–100; 100 when done
 */
public record ActionView(
        ActionId id,
        String title,
        String description,
        ActionStatus status,
        Optional<PartnerId> ownerPartner,
        Optional<UserId> ownerMember,
        String ownerName,
        LocalDate dueOn,
        Optional<ActionSource> source,
        Instant createdAt,
        long version,
        Optional<GoalId> goal,
        String goalTitle,
        String partnerName,
        String personName,
        LocalDate startOn,
        boolean quickWin,
        int progress,
        List<ContributorView> contributors) {

    public boolean done() {
        return status == ActionStatus.DONE;
    }

    /** Due before the given day and still asking for work. */
    public boolean overdueOn(LocalDate today) {
        return dueOn != null && dueOn.isBefore(today) && status.active();
    }

    /** One partner's contribution. */
    public record ContributorView(
            PartnerId partner, String partnerName, ContributorKind kind, BigDecimal amount, String description) {}
}
