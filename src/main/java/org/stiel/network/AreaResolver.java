package org.stiel.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.stiel.platform.RuleViolation;

/**
 * Turns the municipalities of a {@link NetworkForm} into the network's rows: a listed one takes its name and
 * postcodes from the reference list. The rules a caller can break are said on the row they are about, so that the
 * admin's page shows them next to the municipality (and the API as a 422 with that field).
 */
@Component
class AreaResolver {

    private final Places places;

    AreaResolver(Places places) {
        this.places = places;
    }

    /** The municipalities in the form's order, without ids yet ({@link Network#update} keeps the old ones). */
    List<Municipality> resolve(NetworkForm form) {
        var rows = form.getMunicipalities();
        if (rows == null || rows.isEmpty()) {
            throw RuleViolation.on("municipalities", "network.municipalities.none");
        }
        List<Municipality> resolved = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        // the table allows a name once per network, listed or not
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            String field = "municipalities[" + i + "].nisCode";
            Municipality municipality;
            if (row.hasCode()) {
                String code = row.getNisCode().strip();
                var place = places.find(code)
                        .orElseThrow(() -> RuleViolation.on(field, "network.municipality.unknown", code));
                municipality = new Municipality(null, place.nisCode(), place.name(), place.postcodes());
                if (!codes.add(code)) {
                    throw RuleViolation.on(field, "network.municipality.duplicate", place.name());
                }
            } else if (row.getName() != null
                    && !row.getName().isBlank()
                    && !row.postcodeList().isEmpty()) {
                municipality = new Municipality(null, null, row.getName().strip(), row.postcodeList());
            } else {
                throw RuleViolation.on(field, "network.municipality.choose");
            }
            if (!names.add(municipality.name().toLowerCase(Locale.ROOT))) {
                throw RuleViolation.on(field, "network.municipality.duplicate", municipality.name());
            }
            resolved.add(municipality);
        }
        return resolved;
    }
}
