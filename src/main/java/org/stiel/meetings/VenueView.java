package org.stiel.meetings;

import java.util.Optional;
import org.stiel.partners.PartnerId;

/**
 * One of a partner's locations as a place to meet.
 *
 * @param key identifies the location within the partner: its postcode and street
 * @param municipality the network's municipality of the postcode; empty when outside the network
 * @param capacity the room in persons; empty when the partner has not said
 */
public record VenueView(
        PartnerId partner,
        String partnerName,
        String key,
        String name,
        String address,
        Optional<String> municipality,
        Optional<Integer> capacity) {}
