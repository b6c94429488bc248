package org.stiel.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.stiel.partners.PartnerId;

/**
 * One date of a series' proposal.
 *
 * @param position the slot's place in the series, from 0
 * @param venueKey the partner's location the meeting takes place at (see {@link VenueView#key()})
 * @param explanation why this host was proposed, or how a change departs from the rules
 */
public record SlotView(
        int position,
        LocalDate date,
        Optional<PartnerId> host,
        String hostName,
        String venueKey,
        String venueName,
        String municipality,
        List<ExplanationLine> explanation) {}
