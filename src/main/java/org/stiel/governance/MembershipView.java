package org.stiel.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;

/** One period a partner sat in a body, for the membership history; {@code leftOn} is empty while it still does. */
public record MembershipView(
        PartnerId partner,
        String partnerName,
        Optional<UserId> person,
        String personName,
        LocalDate joinedOn,
        Optional<LocalDate> leftOn) {

    public boolean current() {
        return leftOn.isEmpty();
    }
}
