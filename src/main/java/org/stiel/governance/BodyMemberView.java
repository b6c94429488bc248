package org.stiel.governance;

import java.time.LocalDate;
import java.util.Optional;
import org.stiel.accounts.UserId;
import org.stiel.partners.PartnerId;

/**
 * A partner's seat in a body, with the person who represents it if one is named.
 *
 * @param personName the representative's name; empty when none is named
 * @param since the date the partner joined the body
 */
public record BodyMemberView(
        PartnerId partner, String partnerName, Optional<UserId> person, String personName, LocalDate since) {}
