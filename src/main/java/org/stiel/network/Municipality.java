package org.stiel.network;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One municipality of a network's area. Name and postcodes are copied from the reference list ({@link Places}) when
 * the admin picks it, so that every module reads them with the network in one query; {@code nisCode} is null only
 * for a place that is not on the list (networks from before it, test fixtures).
 */
@Table("municipality")
record Municipality(@Id UUID id, String nisCode, String name, List<String> postcodes) {

    NetworkView.MunicipalityView view() {
        return new NetworkView.MunicipalityView(
                new MunicipalityId(id), name, new LinkedHashSet<>(postcodes), nisCode, invented(nisCode));
    }

    /** The reference list's rule (a check in V29): invented places, and only they, have codes 99xxx. */
    static boolean invented(String nisCode) {
        return nisCode != null && nisCode.startsWith("99");
    }
}
