package org.stiel.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;

/**
 * An action as the action list shows it.
 *
 * @param ownerName the owning partner's or member's name; empty when nobody owns it yet
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
        long version) {

    public boolean done() {
        return status == ActionStatus.DONE;
    }
}
