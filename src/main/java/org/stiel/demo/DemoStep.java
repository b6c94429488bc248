package org.stiel.demo;

import java.util.Map;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;

/**
 * A module's part of the demo (offer, referrals, survey rounds...), loaded after the networks, partners and accounts
 * and in the same transaction. Steps run in {@link org.springframework.core.annotation.Order} order.
 */
interface DemoStep {

    void load(Loaded demo);

    /** What the base demo created, by the names the demo files use. */
    record Loaded(Map<String, NetworkId> networks, Map<String, PartnerId> partners, Map<String, UserId> accounts) {

        NetworkId network(String slug) {
            return required(networks, slug);
        }

        PartnerId partner(String name) {
            return required(partners, name);
        }

        UserId account(String email) {
            return required(accounts, email);
        }

        private static <T> T required(Map<String, T> map, String key) {
            T value = map.get(key);
            if (value == null) {
                throw new IllegalStateException("Demo data refers to unknown " + key);
            }
            return value;
        }
    }
}
