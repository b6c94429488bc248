package org.stiel.network;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.stiel.platform.NotFoundException;

/** The network module's API: create, change and read networks. */
@Service
@Transactional(readOnly = true)
public class Networks {

    private final NetworkRepository repository;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;
    private final List<ReservedNetworkSlugs> reserved;
    private final Clock clock;
    private final AreaResolver area;

    Networks(
            NetworkRepository repository,
            ApplicationEventPublisher events,
            JdbcClient jdbc,
            List<ReservedNetworkSlugs> reserved,
            Clock clock,
            AreaResolver area) {
        this.clock = clock;
        this.area = area;
        this.repository = repository;
        this.events = events;
        this.jdbc = jdbc;
        this.reserved = reserved;
    }

    /**
     * Every network's name and slug, by name: one light query for choice lists on busy public pages, where
     * {@link #all()} would load each network's municipalities too.
     */
    public List<NetworkName> names() {
        return jdbc.sql("select id, slug, name from network order by name, slug")
                .query((rs, row) -> new NetworkName(
                        new NetworkId(rs.getObject("id", UUID.class)), rs.getString("slug"), rs.getString("name")))
                .list();
    }

    public List<NetworkView> all() {
        return repository.findAllByOrderByName().stream().map(Network::view).toList();
    }

    public Optional<NetworkView> find(NetworkId id) {
        return repository.findById(id.value()).map(Network::view);
    }

    public NetworkView get(NetworkId id) {
        return find(id).orElseThrow(() -> new NotFoundException("Network"));
    }

    public Optional<NetworkView> findBySlug(String slug) {
        return repository.findBySlug(slug).map(Network::view);
    }

    /**
     * The NIS codes of the network's municipalities that have one, by name: code to name, in order of name. For the
     * modules that key figures by place (insight) without loading the whole network.
     */
    public Map<String, String> municipalityCodes(NetworkId id) {
        var codes = new LinkedHashMap<String, String>();
        jdbc.sql("""
                        select nis_code, name from municipality
                        where network_id = ? and nis_code is not null order by name, nis_code
                        """).param(id.value()).query(rs -> {
            codes.put(rs.getString("nis_code"), rs.getString("name"));
        });
        return codes;
    }

    /** Whether a network has this slug (its public pages' address). */
    public boolean exists(String slug) {
        return repository.existsBySlug(slug);
    }

    /** Whether a module uses this word as a fixed path where a network's slug also goes. */
    public boolean slugReserved(String slug) {
        return reserved.stream().anyMatch(r -> r.reservedSlugs().contains(slug));
    }

    public boolean slugTaken(String slug, Optional<NetworkId> except) {
        return repository
                .findBySlug(slug)
                .filter(n -> except.map(id -> !id.value().equals(n.id())).orElse(true))
                .isPresent();
    }

    /** The form for editing a network, filled with its current values. */
    public NetworkForm form(NetworkId id) {
        return repository.findById(id.value()).map(Network::form).orElseThrow(() -> new NotFoundException("Network"));
    }

    /**
     * Creates a network; its municipalities are codes of the reference list ({@link Places}).
     *
     * @throws org.stiel.platform.RuleViolation on the municipality's row when a code is unknown or chosen twice,
     *     or on {@code municipalities} when none is chosen
     */
    @Transactional
    public NetworkId create(NetworkForm form) {
        var network = repository.save(Network.create(form, area.resolve(form), clock.instant()));
        var id = new NetworkId(network.id());
        events.publishEvent(new NetworkCreated(id, network.view().name()));
        nameCoordinator(id, form);
        return id;
    }

    /** Changes a network; the municipalities as for {@link #create}. */
    @Transactional
    public void update(NetworkId id, NetworkForm form) {
        var network = repository.findById(id.value()).orElseThrow(() -> new NotFoundException("Network"));
        network.update(form, area.resolve(form));
        repository.save(network);
        nameCoordinator(id, form);
    }

    private void nameCoordinator(NetworkId id, NetworkForm form) {
        if (StringUtils.hasText(form.getCoordinatorEmail())) {
            events.publishEvent(
                    new CoordinatorNamed(id, form.getCoordinatorEmail().strip()));
        }
    }
}
