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

    /** A municipality of the network; {@code nisCode} is its (2025 or invented) NIS code, null until one is picked. */
    public record MunicipalityView(MunicipalityId id, String name, Set<String> postcodes, String nisCode) {}
}
