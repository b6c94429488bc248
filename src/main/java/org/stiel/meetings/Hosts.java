package org.stiel.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerView;
import org.stiel.partners.Partners;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/**
 * Partners as hosts: the room at their locations, the dates they cannot host, and who hosted when ("lasten en
 * lusten"). A partner's staff keep their own partner's venues and dates, the coordinator every partner's; every
 * member reads the hosting history.
 */
@Service
@Transactional(readOnly = true)
public class Hosts {

    private final JdbcClient jdbc;
    private final Partners partners;
    private final Networks networks;
    private final HostingQueries hostings;

    Hosts(JdbcClient jdbc, Partners partners, Networks networks, HostingQueries hostings) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.networks = networks;
        this.hostings = hostings;
    }

    /** The key of a partner's location as venue: postcode and street, which together tell locations apart. */
    public static String key(PartnerView.Location location) {
        return key(location.postcode(), location.street());
    }

    /** The key of the location at this postcode and street. */
    public static String key(String postcode, String street) {
        return postcode.strip() + " " + street.strip();
    }

    /** The partner's locations as venues, with their room. */
    public List<VenueView> venues(NetworkId network, PartnerId partner) {
        var view = partners.get(network, partner);
        return venues(networks.get(network), view, capacities(network, List.of(partner.value())));
    }

    /** Every partner's venues, by partner name. */
    public List<VenueView> allVenues(NetworkId network) {
        var net = networks.get(network);
        var capacities = capacities(network, null);
        List<VenueView> all = new ArrayList<>();
        for (var summary : partners.search(network, PartnerSearch.all())) {
            partners.find(network, summary.id()).ifPresent(p -> all.addAll(venues(net, p, capacities)));
        }
        all.sort(Comparator.comparing(VenueView::partnerName).thenComparing(VenueView::key));
        return all;
    }

    /**
     * Sets the rooms of several of the partner's locations in one go: all of them or, when one key is unknown or one
     * room out of range, none.
     *
     * @param capacities per location key, persons or {@code null} to forget the room
     * @throws RuleViolation when the partner has no location with one of the keys, or a room is out of
     *     range
     */
    @Transactional
    public void setCapacities(Actor actor, PartnerId partner, Map<String, Integer> capacities) {
        var view = partners.get(actor.networkId(), partner);
        Require.coordinatorOrStaffOf(actor, partner.value());
        capacities.forEach((key, capacity) -> setCapacity(actor.networkId(), view, key, capacity));
    }

    private void setCapacity(NetworkId network, PartnerView partner, String key, Integer capacity) {
        if (partner.locations().stream().noneMatch(l -> key(l).equals(key))) {
            throw RuleViolation.of("meetings.invalidChoice");
        }
        if (capacity == null) {
            jdbc.sql("delete from meeting_venue where network_id = ? and partner_id = ? and location_key = ?")
                    .params(network.value(), partner.id().value(), key)
                    .update();
            return;
        }
        if (capacity < 1 || capacity > 10000) {
            throw RuleViolation.of("meetings.host.capacity.invalid");
        }
        jdbc.sql("""
                        insert into meeting_venue (network_id, partner_id, location_key, capacity) values (?, ?, ?, ?)
                        on conflict (network_id, partner_id, location_key) do update set capacity = excluded.capacity
                        """)
                .params(network.value(), partner.id().value(), key, capacity)
                .update();
    }

    /** The dates the partner cannot host, from today on. */
    public List<LocalDate> unavailable(NetworkId network, PartnerId partner, LocalDate from) {
        partners.get(network, partner);
        return jdbc.sql("select day from meeting_unavailable where network_id = ? and partner_id = ? and day >= ?"
                        + " order by day")
                .params(network.value(), partner.value(), from)
                .query(LocalDate.class)
                .list();
    }

    @Transactional
    public void addUnavailable(Actor actor, PartnerId partner, LocalDate day) {
        NetworkId network = actor.networkId();
        partners.get(network, partner);
        Require.coordinatorOrStaffOf(actor, partner.value());
        jdbc.sql(
                        "insert into meeting_unavailable (network_id, partner_id, day) values (?, ?, ?) on conflict do nothing")
                .params(network.value(), partner.value(), day)
                .update();
    }

    @Transactional
    public void removeUnavailable(StielUser actor, PartnerId partner, LocalDate day) {
        partners.get(actor.networkId(), partner);
        Require.coordinatorOrStaffOf(actor, partner.value());
        jdbc.sql("delete from meeting_unavailable where network_id = ? and partner_id = ? and day = ?")
                .params(actor.networkId().value(), partner.value(), day)
                .update();
    }

    /**
     * Who hosted the network's meetings and where, from meetings with a host (planned ones too): every partner and
     * municipality of the network, the most hosting first.
     */
    public HostingHistory history(NetworkId network) {
        return hostings.history(network);
    }

    /** One page of every meeting with a host, the newest first. */
    public ListPage<HostingHistory.Hosting> hostings(NetworkId network, Paging paging) {
        return hostings.page(network, paging);
    }

    /** The hostings the rotation counts: every meeting of the network with a host, by date. */
    List<Rotation.Hosting> hostingRows(NetworkId network) {
        return jdbc.sql("select host_partner_id, day, coalesce(municipality, '') from meeting"
                        + " where network_id = ? and host_partner_id is not null order by day")
                .param(network.value())
                .query((rs, n) -> new Rotation.Hosting(
                        rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
    }

    /** The willing partners as the rotation sees them; partners no longer in the network are left out. */
    List<Rotation.Candidate> candidates(NetworkId network, List<UUID> willing) {
        var net = networks.get(network);
        var capacities = capacities(network, willing);
        Map<UUID, Set<LocalDate>> unavailable = jdbc
                .sql("select partner_id, day from meeting_unavailable where network_id = ?")
                .param(network.value())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toSet())));
        List<Rotation.Candidate> candidates = new ArrayList<>();
        for (UUID id : willing) {
            partners.find(network, new PartnerId(id))
                    .ifPresent(p -> candidates.add(new Rotation.Candidate(
                            id,
                            p.name(),
                            venues(net, p, capacities).stream()
                                    .map(v -> new Rotation.Venue(
                                            v.key(),
                                            v.name(),
                                            v.municipality(),
                                            v.capacity().orElse(0)))
                                    .toList(),
                            unavailable.getOrDefault(id, Set.of()))));
        }
        return candidates;
    }

    /** The venue of a partner, for copying into a meeting. */
    Optional<VenueView> venue(NetworkId network, PartnerId partner, String key) {
        return partners.find(network, partner)
                .flatMap(p -> venues(networks.get(network), p, capacities(network, List.of(partner.value()))).stream()
                        .filter(v -> v.key().equals(key))
                        .findFirst());
    }

    /**
     * The place of a meeting at a partner's venue, copied so that the meeting keeps it when the partner moves.
     *
     * @throws RuleViolation on {@code venue} when it is not one of the partner's in the network
     */
    Meeting.Place place(NetworkId network, PartnerId partner, String key) {
        var venue = venue(network, partner, key).orElseThrow(() -> RuleViolation.on("venue", "meetings.invalidChoice"));
        return new Meeting.Place(
                partner.value(),
                venue.key(),
                venue.name(),
                venue.address(),
                venue.municipality().orElse(null));
    }

    private static List<VenueView> venues(NetworkView network, PartnerView partner, Map<String, Integer> capacities) {
        return partner.locations().stream()
                .map(l -> new VenueView(
                        partner.id(),
                        partner.name(),
                        key(l),
                        l.name() == null || l.name().isBlank() ? partner.name() : l.name(),
                        l.street() + ", " + l.postcode() + " " + l.city(),
                        network.municipalityOf(l.postcode()).map(NetworkView.MunicipalityView::name),
                        Optional.ofNullable(capacities.get(partner.id().value() + "|" + key(l)))))
                .toList();
    }

    /** Rooms by "partner|key"; all partners' when {@code only} is null. */
    private Map<String, Integer> capacities(NetworkId network, List<UUID> only) {
        return jdbc
                .sql("select partner_id, location_key, capacity from meeting_venue where network_id = ?")
                .param(network.value())
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class) + "|" + rs.getString(2), rs.getInt(3)))
                .list()
                .stream()
                .filter(e ->
                        only == null || only.stream().anyMatch(p -> e.getKey().startsWith(p + "|")))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    static NotFoundException notFound() {
        return new NotFoundException("Meeting");
    }
}
