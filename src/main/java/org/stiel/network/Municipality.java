package org.stiel.network;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

@Table("municipality")
record Municipality(@Id UUID id, String name, List<String> postcodes, String nisCode) {

    NetworkView.MunicipalityView view() {
        return new NetworkView.MunicipalityView(new MunicipalityId(id), name, new LinkedHashSet<>(postcodes), nisCode);
    }
}
