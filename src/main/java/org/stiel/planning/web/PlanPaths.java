package org.stiel.planning.web;

import java.util.Set;
import org.springframework.stereotype.Component;
import org.stiel.network.ReservedNetworkSlugs;

/**
 * The plan's member pages share {@code /plan/…} with the public plan of a network ({@code /plan/{network}}); these
 * words are theirs, so no network may take one as its slug. {@code PublicPlanTests} checks the list against the
 * application's actual mappings.
 */
@Component
class PlanPaths implements ReservedNetworkSlugs {

    static final Set<String> WORDS = Set.of("board", "mine", "overdue", "quick-wins", "challenges", "goals");

    @Override
    public Set<String> reservedSlugs() {
        return WORDS;
    }
}
