package org.stiel.offer;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.StielTime;

/**
 * Tells every network of an offer's partner that the offer was added or changed ({@link OfferRegistered}, {@link
 * OfferUpdated}): an offer is seen in each of them, so each feed hears of it.
 */
@Component
class OfferChanges {

    private final Partners partners;
    private final Networks networks;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfferChanges(Partners partners, Networks networks, ApplicationEventPublisher events, Clock clock) {
        this.partners = partners;
        this.networks = networks;
        this.events = events;
        this.clock = clock;
    }

    void registered(NetworkId network, OfferId id, PartnerId partner, String name, String actorName) {
        for (NetworkId member : partners.networksOf(partner)) {
            events.publishEvent(new OfferRegistered(
                    member, id, partner, name, actorName(network, member, actorName), StielTime.now(clock)));
        }
    }

    void changed(NetworkId network, OfferView before, OfferView after, String actorName) {
        List<String> changes = OfferForms.changes(before, after);
        if (changes.isEmpty()) {
            return;
        }
        for (NetworkId member : partners.networksOf(after.partnerId())) {
            events.publishEvent(new OfferUpdated(
                    member,
                    after.id(),
                    after.partnerId(),
                    after.name(),
                    actorName(network, member, actorName),
                    List.copyOf(changes),
                    StielTime.now(clock)));
        }
    }

    /**
     * Another network's feed shows which network made the change, not who: its members have no business with the
     * names of the people of this network.
     */
    private String actorName(NetworkId acting, NetworkId member, String actorName) {
        return member.equals(acting) ? actorName : networks.get(acting).name();
    }
}
