package org.stiel.network;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A network as other modules and pages see it. */
public record NetworkView(
        NetworkId id,
        String name,
        String slug,
        boolean hasHouse,
        String houseAddress,
        List<MunicipalityView> municipalities) {

    /** The municipality whose postcodes include the given one. */
    public Optional<MunicipalityView> municipalityOf(String postcode) {
        return municipalities.stream()
                .filter(m -> m.postcodes().contains(postcode))
                .findFirst();
    }

    /**
     * One municipality of the network's area.
     *
     * @param nisCode its code on the reference list ({@link Places}): Statbel's 2025 NIS code, or 99xxx for one the
     *     demo or the benchmark invented; {@code null} for a place not on the list (a network from before it)
     * @param invented whether the demo or the benchmark made it up: pages say so next to its name
     */
    public record MunicipalityView(
            MunicipalityId id, String name, Set<String> postcodes, String nisCode, boolean invented) {

        /** Whether it is a municipality of the reference list, so figures by NIS code can be tied to it. */
        public boolean listed() {
            return nisCode != null;
        }
    }
}
