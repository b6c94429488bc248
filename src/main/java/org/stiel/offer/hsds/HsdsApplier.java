package org.stiel.offer.hsds;

import java.util.function.IntConsumer;
import org.springframework.stereotype.Component;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.offer.OfferId;
import org.stiel.offer.Offers;
import org.stiel.offer.hsds.HsdsPlan.OrgPlan;
import org.stiel.offer.hsds.HsdsPlan.ServicePlan;
import org.stiel.offer.hsds.HsdsReport.Action;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/**
 * Writes an import's plan through the partner and offer facades, so that the feed hears of every change, and
 * remembers which record each HSDS id became.
 */
@Component
class HsdsApplier {

    private final Partners partners;
    private final Offers offers;
    private final HsdsRefs refs;

    HsdsApplier(Partners partners, Offers offers, HsdsRefs refs) {
        this.partners = partners;
        this.offers = offers;
        this.refs = refs;
    }

    /**
     * Writes the plan. The caller runs it in one transaction and checked that it has no errors. {@code progress}
     * hears how many records are done.
     */
    void apply(StielUser actor, HsdsPlan plan, IntConsumer progress) {
        if (!plan.errors.isEmpty()) {
            throw new IllegalStateException("An import with errors changes nothing");
        }
        NetworkId network = plan.network;
        int done = 0;
        for (OrgPlan org : plan.orgs) {
            switch (org.action) {
                case CREATE -> {
                    org.existing = partners.create(actor, org.form).value();
                }
                case UPDATE -> partners.update(actor, new PartnerId(org.existing), org.form);
                case UNCHANGED -> {}
            }
            refs.remember(network, "organization", org.hsdsId, org.existing);
            progress.accept(++done);
        }
        for (ServicePlan service : plan.services) {
            plan.org(service.orgId).ifPresent(org -> service.partner = org.existing);
            if (service.action != Action.UNCHANGED) {
                var form = service.form;
                form.setLocationIds(refs.locationIds(
                        network, service, plan.org(service.orgId).orElse(null)));
                if (service.existing == null) {
                    offers.register(actor, new OfferId(service.localId), new PartnerId(service.partner), form);
                } else {
                    offers.replace(actor, new OfferId(service.existing), form);
                }
            }
            refs.remember(network, "service", service.hsdsId, service.localId);
            progress.accept(++done);
        }
    }
}
