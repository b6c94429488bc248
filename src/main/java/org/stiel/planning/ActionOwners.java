package org.stiel.planning;

import org.springframework.stereotype.Component;
import org.stiel.accounts.Accounts;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.Partners;
import org.stiel.platform.RuleViolation;

/**
 * Who may own an action and what an action may name: the network's partners and members, and its goals. The only
 * part of actions that reads the partners and accounts modules.
 */
@Component
class ActionOwners {

    private final Partners partners;
    private final Accounts accounts;
    private final GoalRepository goals;

    ActionOwners(Partners partners, Accounts accounts, GoalRepository goals) {
        this.partners = partners;
        this.accounts = accounts;
        this.goals = goals;
    }

    /** The partners and the members of the network, for the form's choice. */
    Actions.Owners of(NetworkId network) {
        return new Actions.Owners(
                partners.search(network, PartnerSearch.all()).stream()
                        .map(p -> new Actions.Owners.Option(
                                ActionForm.partnerOwner(p.id().value()), p.name(), p.id().value()))
                        .toList(),
                accounts.members(network).stream()
                        .map(m -> new Actions.Owners.Option(
                                ActionForm.memberOwner(m.id().value()), m.displayName(), m.id().value()))
                        .toList());
    }

    /**
     * @throws RuleViolation when the responsible partner or person, a contributor or the goal is not the network's,
     *     or the progress is outside 0–100
     */
    void check(NetworkId network, ActionForm form) {
        var directory = new Directory(partners, accounts, network);
        form.ownerPartner().ifPresent(p -> {
            if (!directory.isPartner(p)) {
                throw RuleViolation.on("owner", "planning.owner.invalid");
            }
        });
        form.ownerMember().ifPresent(u -> {
            if (!directory.isMember(u)) {
                throw RuleViolation.on("owner", "planning.owner.invalid");
            }
        });
        if (form.getGoalId() != null
                && goals.findInNetwork(form.getGoalId(), network.value()).isEmpty()) {
            throw RuleViolation.of("planning.action.invalid");
        }
        for (var c : form.filledContributors()) {
            if (!directory.isPartner(c.getPartnerId())) {
                throw RuleViolation.of("planning.action.invalid");
            }
        }
        if (form.getProgress() != null && (form.getProgress() < 0 || form.getProgress() > 100)) {
            throw RuleViolation.on("progress", "planning.progress.invalid");
        }
    }
}
