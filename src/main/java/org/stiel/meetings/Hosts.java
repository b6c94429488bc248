package org.stiel.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.PartnerView;
import org.stiel.partners.Partners;
import org.stiel.platform.Cursor;
import org.stiel.platform.ForbiddenException;
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

    Hosts(JdbcClient jdbc, Partners partners, Networks networks) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.networks = networks;
    }

    /** The key of a partner's location as venue: postcode and street, which together tell locations apart. */
    public static String key(PartnerView.Location location) {
        return key(location.postcode(), location.street());
    }

    /** The key of the location at this postcode and street. */
    public static String key(String postcode, String street) {
        return postcode.strip() + " " + street.strip();
    }

    public boolean canManage(StielUser user, PartnerId partner) {
        return user.is(NetworkRole.COORDINATOR) || user.worksFor(partner.value());
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
    public void setCapacities(StielUser actor, PartnerId partner, Map<String, Integer> capacities) {
        var view = partners.get(actor.networkId(), partner);
        requireManage(actor, partner);
        capacities.forEach((key, capacity) -> setCapacity(actor.networkId(), view, key, capacity));
    }

    /** Sets a room on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public void setCapacityOnBehalf(NetworkId network, PartnerId partner, String key, int capacity) {
        setCapacity(network, partners.get(network, partner), key, capacity);
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
    public void addUnavailable(StielUser actor, PartnerId partner, LocalDate day) {
        partners.get(actor.networkId(), partner);
        requireManage(actor, partner);
        addUnavailableOnBehalf(actor.networkId(), partner, day);
    }

    /** Adds a date on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public void addUnavailableOnBehalf(NetworkId network, PartnerId partner, LocalDate day) {
        jdbc.sql(
                        "insert into meeting_unavailable (network_id, partner_id, day) values (?, ?, ?) on conflict do nothing")
                .params(network.value(), partner.value(), day)
                .update();
    }

    @Transactional
    public void removeUnavailable(StielUser actor, PartnerId partner, LocalDate day) {
        partners.get(actor.networkId(), partner);
        requireManage(actor, partner);
        jdbc.sql("delete from meeting_unavailable where network_id = ? and partner_id = ? and day = ?")
                .params(actor.networkId().value(), partner.value(), day)
                .update();
    }

    /**
     * Who hosted the network's meetings and where, from meetings with a host (planned ones too): counted per partner
     * and per municipality in SQL, with the latest dates of each; every partner and municipality of the network is
     * listed, the most hosting first.
     */
    public HostingHistory history(NetworkId network) {
        Map<UUID, Counted> byPartner = new HashMap<>();
        jdbc.sql(counted("host_partner_id"))
                .param(network.value())
                .query((rs, n) -> {
                    byPartner.put(rs.getObject(1, UUID.class), counted(rs));
                    return null;
                })
                .list();
        Map<String, Counted> byMunicipality = new HashMap<>();
        jdbc.sql(counted("coalesce(municipality, '')"))
                .param(network.value())
                .query((rs, n) -> {
                    byMunicipality.put(rs.getString(1), counted(rs));
                    return null;
                })
                .list();
        var net = networks.get(network);
        var none = new Counted(0, List.of());
        List<HostingHistory.PartnerRow> partnerRows = partners.search(network, PartnerSearch.all()).stream()
                .map(p -> {
                    var c = byPartner.getOrDefault(p.id().value(), none);
                    return new HostingHistory.PartnerRow(p.id(), p.name(), c.count(), c.latest());
                })
                .sorted(Comparator.comparingInt(HostingHistory.PartnerRow::count)
                        .reversed()
                        .thenComparing(HostingHistory.PartnerRow::name))
                .toList();
        List<HostingHistory.MunicipalityRow> municipalityRows = net.municipalities().stream()
                .map(m -> {
                    var c = byMunicipality.getOrDefault(m.name(), none);
                    return new HostingHistory.MunicipalityRow(m.name(), c.count(), c.latest());
                })
                .sorted(Comparator.comparingInt(HostingHistory.MunicipalityRow::count)
                        .reversed()
                        .thenComparing(HostingHistory.MunicipalityRow::name))
                .toList();
        return new HostingHistory(partnerRows, municipalityRows);
    }

    /** One page of every meeting with a host, the newest first. */
    public ListPage<HostingHistory.Hosting> hostings(NetworkId network, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("limit", paging.limit());
        String after = "";
        if (!paging.isFirst()) {
            after = " and (m.day, m.id) < (:day, :id)";
            params.put("day", paging.after().date(0));
            params.put("id", paging.after().uuid(1));
        }
        var rows = jdbc.sql("""
                        select m.id, m.title, m.day, m.host_partner_id, coalesce(m.municipality, '') as municipality,
                               (select p.name from partner p
                                  join network_partner np on np.partner_id = p.id and np.network_id = m.network_id
                                 where p.id = m.host_partner_id) as host_name
                        from meeting m
                        where m.network_id = :network and m.host_partner_id is not null%s
                        order by m.day desc, m.id desc limit :limit""".formatted(after))
                .params(params)
                .query((rs, n) -> new HostingHistory.Hosting(
                        rs.getObject("id", UUID.class),
                        rs.getString("title"),
                        rs.getObject("day", LocalDate.class),
                        new PartnerId(rs.getObject("host_partner_id", UUID.class)),
                        rs.getString("host_name") == null ? "" : rs.getString("host_name"),
                        rs.getString("municipality")))
                .list();
        return ListPage.of(rows, paging, h -> Cursor.of(h.date(), h.meeting()));
    }

    private record Counted(int count, List<LocalDate> latest) {}

    /** Hostings per key: how many, and the latest dates (most recent first), on the hosting index of V24. */
    private static String counted(String key) {
        return "select " + key + ", count(*), (array_agg(day order by day desc))[1:" + HostingHistory.LATEST
                + "] from meeting where network_id = ? and host_partner_id is not null group by " + key;
    }

    private static Counted counted(java.sql.ResultSet rs) throws java.sql.SQLException {
        var dates = new ArrayList<LocalDate>();
        try (var days = rs.getArray(3).getResultSet()) {
            while (days.next()) {
                dates.add(days.getObject(2, LocalDate.class));
            }
        }
        return new Counted(rs.getInt(2), List.copyOf(dates));
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

    private void requireManage(StielUser actor, PartnerId partner) {
        if (!canManage(actor, partner)) {
            throw new ForbiddenException("Only the coordinator or the partner's staff");
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("Meeting");
    }
}
