package org.stiel.offer.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.stiel.network.LifeDomain;
import org.stiel.offer.Audience;
import org.stiel.offer.OfferCost;
import org.stiel.offer.OfferReach;
import org.stiel.offer.OfferView;
import org.stiel.offer.hsds.HsdsTaxonomy.Facet;
import org.stiel.offer.hsds.HsdsTaxonomy.Feature;
import org.stiel.offer.hsds.HsdsTaxonomy.Term;

/**
 * Stiel's classification of an offer as HSDS attributes: life domains, pillar, audiences, age groups and kind as
 * taxonomy terms ({@link HsdsTaxonomy}), and what has no HSDS field (reduced tariff, capacity, exact ages ...) as
 * features, so that an export imports back the same.
 */
final class HsdsAttributes {

    private HsdsAttributes() {}

    /** The taxonomy terms and features of an offer, as HSDS attributes with the term nested. */
    static List<Map<String, Object>> of(OfferView offer) {
        UUID id = offer.id().value();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (LifeDomain domain : LifeDomain.values()) {
            if (offer.lifeDomains().contains(domain)) {
                rows.add(attribute(id, HsdsTaxonomy.term(Facet.LIFE_DOMAIN, domain.name()), null));
            }
        }
        rows.add(attribute(id, HsdsTaxonomy.term(Facet.PILLAR, offer.pillar().name()), null));
        for (Audience audience : Audience.values()) {
            if (offer.audiences().contains(audience)) {
                rows.add(attribute(id, HsdsTaxonomy.term(Facet.AUDIENCE, audience.name()), null));
            }
        }
        for (Term group : HsdsTaxonomy.ageGroups(offer.ageMinMonths(), offer.ageMaxMonths())) {
            rows.add(attribute(id, group, null));
        }
        rows.add(attribute(id, HsdsTaxonomy.term(Facet.KIND, offer.kind().name()), null));
        feature(rows, id, Feature.PAID, offer.cost() == OfferCost.PAID, null);
        feature(rows, id, Feature.REDUCED_TARIFF, offer.reducedTariff(), null);
        feature(rows, id, Feature.REGISTRATION_REQUIRED, offer.registrationRequired(), null);
        feature(rows, id, Feature.ONLINE, offer.online(), offer.onlineUrl());
        feature(rows, id, Feature.INTERPRETATION, offer.interpretation(), null);
        feature(rows, id, Feature.CLOSED_IN_SCHOOL_HOLIDAYS, offer.closedInSchoolHolidays(), null);
        feature(rows, id, Feature.EXTRA, offer.reach() == OfferReach.EXTRA, null);
        feature(rows, id, Feature.NOT_PUBLISHED, !offer.published(), null);
        feature(rows, id, Feature.ACCESSIBILITY, offer.accessibility() != null, offer.accessibility());
        feature(rows, id, Feature.CAPACITY, offer.capacity() != null, String.valueOf(offer.capacity()));
        feature(rows, id, Feature.PLACES_LEFT, offer.placesLeft() != null, String.valueOf(offer.placesLeft()));
        // HSDS ages are years: the exact months go along, so that an export imports back the same
        boolean aged = offer.ageMinMonths() != null || offer.ageMaxMonths() != null;
        feature(
                rows,
                id,
                Feature.AGE_IN_MONTHS,
                aged,
                (offer.ageMinMonths() == null ? "" : offer.ageMinMonths()) + ".."
                        + (offer.ageMaxMonths() == null ? "" : offer.ageMaxMonths()));
        return rows;
    }

    private static void feature(List<Map<String, Object>> rows, UUID id, Feature feature, boolean on, String value) {
        if (on) {
            rows.add(attribute(id, HsdsTaxonomy.feature(feature), value));
        }
    }

    static Map<String, Object> attribute(UUID link, Term term, String value) {
        return new HsdsWriter.Obj()
                .with("id", HsdsIds.child(link, "attribute:" + term.id()))
                .with("link_id", link)
                .with("taxonomy_term_id", term.id())
                .with("link_type", "service")
                .with("link_entity", "service")
                .with("value", value)
                .with("taxonomy_term", term(term));
    }

    static Map<String, Object> taxonomy(HsdsTaxonomy.Taxonomy taxonomy) {
        return new HsdsWriter.Obj()
                .with("id", taxonomy.id())
                .with("name", taxonomy.name())
                .with("description", taxonomy.description())
                .with("version", "1");
    }

    static Map<String, Object> term(Term term) {
        return new HsdsWriter.Obj()
                .with("id", term.id())
                .with("code", term.code())
                .with("name", term.name())
                .with("description", term.description())
                .with("parent_id", term.parentId())
                .with("taxonomy", HsdsTaxonomy.taxonomy(term.facet()).name())
                .with("language", "nl")
                .with("taxonomy_id", term.taxonomyId());
    }
}
