package org.stiel.network;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("network")
class Network {

    @Id
    private final UUID id;

    private String name;
    private String slug;
    private boolean hasHouse;
    private String houseAddress;
    private final Instant createdAt;

    @Version
    private Long version;

    @MappedCollection(idColumn = "network_id", keyColumn = "position")
    private List<Municipality> municipalities = new ArrayList<>();

    @PersistenceCreator
    Network(UUID id, String name, String slug, boolean hasHouse, String houseAddress, Instant createdAt, Long version) {
        this.id = id;
        this.name = name;
        this.slug = slug;
        this.hasHouse = hasHouse;
        this.houseAddress = houseAddress;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Network create(NetworkForm form, Instant createdAt) {
        var network = new Network(UUID.randomUUID(), null, null, false, null, createdAt, null);
        network.update(form);
        return network;
    }

    void update(NetworkForm form) {
        this.name = form.getName().strip();
        this.slug = form.getSlug().strip();
        this.hasHouse = form.isHasHouse();
        this.houseAddress = form.isHasHouse() ? blankToNull(form.getHouseAddress()) : null;
        // keep the ids of municipalities whose name stays, so that references to them survive an edit
        List<Municipality> next = new ArrayList<>();
        for (var m : form.getMunicipalities()) {
            var existing = municipalities.stream()
                    .filter(old -> old.name().equalsIgnoreCase(m.getName().strip()))
                    .findFirst();
            // the NIS code stays with the municipality: the form does not edit it
            next.add(new Municipality(
                    existing.map(Municipality::id).orElseGet(UUID::randomUUID),
                    m.getName().strip(),
                    m.postcodeList(),
                    existing.map(Municipality::nisCode).orElse(null)));
        }
        this.municipalities = next;
    }

    NetworkView view() {
        return new NetworkView(
                new NetworkId(id),
                name,
                slug,
                hasHouse,
                houseAddress,
                municipalities.stream().map(Municipality::view).toList());
    }

    NetworkForm form() {
        var form = new NetworkForm();
        form.setName(name);
        form.setSlug(slug);
        form.setHasHouse(hasHouse);
        form.setHouseAddress(houseAddress);
        form.setMunicipalities(municipalities.stream()
                .map(m -> new NetworkForm.MunicipalityForm(m.name(), String.join(", ", m.postcodes())))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new)));
        return form;
    }

    UUID id() {
        return id;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
