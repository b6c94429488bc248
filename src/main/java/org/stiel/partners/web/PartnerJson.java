package org.stiel.partners.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.stiel.network.LifeDomain;
import org.stiel.partners.PartnerKind;
import org.stiel.partners.PartnerSummary;
import org.stiel.partners.PartnerView;
import org.stiel.partners.Reach;

/**
 * The JSON shapes of the API, a contract of their own: kept apart from the module's read models so that those can
 * change without breaking API clients.
 */
final class PartnerJson {

    private PartnerJson() {}

    record Summary(
            UUID id,
            String name,
            String description,
            PartnerKind kind,
            Set<LifeDomain> lifeDomains,
            Reach reach,
            boolean core,
            List<String> cities) {

        static Summary of(PartnerSummary s) {
            return new Summary(
                    s.id().value(),
                    s.name(),
                    s.description(),
                    s.kind(),
                    s.lifeDomains(),
                    s.reach(),
                    s.core(),
                    s.cities());
        }
    }

    record Detail(
            UUID id,
            String name,
            String description,
            PartnerKind kind,
            Set<LifeDomain> lifeDomains,
            Reach reach,
            boolean core,
            String website,
            String expertise,
            String expectations,
            String interests,
            List<PartnerView.Location> locations,
            List<PartnerView.Contact> contacts,
            Instant updatedAt,
            Long version) {

        static Detail of(PartnerView v) {
            return new Detail(
                    v.id().value(),
                    v.name(),
                    v.description(),
                    v.kind(),
                    v.lifeDomains(),
                    v.reach(),
                    v.core(),
                    v.website(),
                    v.expertise(),
                    v.expectations(),
                    v.interests(),
                    v.locations(),
                    v.contacts(),
                    v.updatedAt(),
                    v.version());
        }
    }
}
