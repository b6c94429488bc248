package org.stiel.insight.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.network.Place;
import org.stiel.network.Places;

/**
 * The network's municipalities for the gap analysis, from the network module's API: the NIS code, the centre from the
 * reference list and the network's own postcodes for it. A municipality that matches no place of the reference list
 * is left out: without a code there are no figures to hold its offer against.
 */
@Component
public class GapAreas {

    private final Networks networks;
    private final Places places;

    GapAreas(Networks networks, Places places) {
        this.networks = networks;
        this.places = places;
    }

    /** The network's municipalities with a NIS code, in the network's order. */
    public List<GapArea> of(NetworkId network) {
        // two of the network's municipalities on one place of the list (old names of a merged one) are one area
        Map<String, GapArea> areas = new LinkedHashMap<>();
        for (var m : networks.get(network).municipalities()) {
            place(m).ifPresent(p -> areas.merge(
                    p.nisCode(),
                    new GapArea(p.nisCode(), m.name(), p.latitude(), p.longitude(), List.copyOf(m.postcodes())),
                    (first, next) -> {
                        List<String> postcodes = new ArrayList<>(first.postcodes());
                        postcodes.addAll(next.postcodes());
                        return new GapArea(
                                first.nisCode(), first.name(), first.latitude(), first.longitude(), postcodes);
                    }));
        }
        return List.copyOf(areas.values());
    }

    /** The network's municipality with this code, if it has one. */
    public Optional<GapArea> find(NetworkId network, String nisCode) {
        return of(network).stream().filter(a -> a.nisCode().equals(nisCode)).findFirst();
    }

    /**
     * The reference place of a municipality of the network: by its NIS code; for a municipality without one yet (a
     * network from before the codes), by its name, else by one of its postcodes.
     */
    private Optional<Place> place(NetworkView.MunicipalityView m) {
        if (m.nisCode() != null) {
            return places.find(m.nisCode());
        }
        var byName = places.search(m.name(), 10).stream()
                .filter(p -> p.name().equalsIgnoreCase(m.name().strip()))
                .findFirst();
        if (byName.isPresent()) {
            return byName;
        }
        for (var postcode : m.postcodes()) {
            var byPostcode = places.search(postcode, 10).stream()
                    .filter(p -> p.postcodes().contains(postcode))
                    .findFirst();
            if (byPostcode.isPresent()) {
                return byPostcode;
            }
        }
        return Optional.empty();
    }
}
