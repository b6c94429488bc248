package org.stiel.accounts;

import java.util.Objects;
import java.util.Optional;
import org.stiel.network.NetworkId;

/**
 * Who a facade's write is done by: a person ({@link StielUser}, whose role in the network is checked) or the
 * installation itself ({@link Trusted}: the demo loader, a scheduled job, an import that no person runs). A facade
 * write takes an {@code Actor}, never a bare {@link NetworkId}, so work done on behalf of nobody is visible at its call
 * site as {@code Actor.system(network, "…")} and nowhere else skips the role checks ({@link Require}).
 */
public sealed interface Actor permits StielUser, Actor.Trusted {

    /** The network the work is done in. */
    NetworkId networkId();

    /** The name "what's new" and audit trails show as the author: the person's, or the installation work's. */
    String displayName();

    /** The person acting, empty for the installation's own work (audit columns that store "who" stay empty). */
    Optional<StielUser> person();

    /**
     * The installation acting in a network on nobody's behalf. It passes every role check: the code that names it
     * decided that the work is allowed.
     *
     * @param name shown as the author, e.g. {@code "Stiel (demo)"}
     */
    static Trusted system(NetworkId network, String name) {
        return new Trusted(network, name);
    }

    /** The installation's own work in one network: the demo data, a scheduled job, an import. */
    record Trusted(NetworkId networkId, String displayName) implements Actor {

        public Trusted {
            Objects.requireNonNull(networkId, "network");
            if (displayName == null || displayName.isBlank()) {
                throw new IllegalArgumentException("The installation's work needs a name to show");
            }
        }

        @Override
        public Optional<StielUser> person() {
            return Optional.empty();
        }
    }
}
