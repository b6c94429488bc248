package org.stiel.lifecycle;

import java.util.Map;
import org.stiel.partners.PartnerId;

/**
 * A partner's temperature and collaboration survey for one round. Everything is optional until it is handed in:
 * a partner may save part of it and come back.
 *
 * @param temperature how warm the partner runs for the network, −5 (freezing) to 20 (warm)
 * @param warmer what would make it warmer, in the partner's words
 * @param links what the partner says about other partners; a partner left out counts as "not" working together
 * @param factors agreement 1–5 per collaboration-factor statement
 */
public record CollaborationAnswers(
        Integer temperature,
        String warmer,
        Map<PartnerId, CollaborationLink> links,
        Map<CollaborationFactor, Integer> factors) {

    public CollaborationAnswers {
        links = links == null ? Map.of() : Map.copyOf(links);
        factors = factors == null ? Map.of() : Map.copyOf(factors);
    }
}
