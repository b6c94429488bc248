package org.stiel.meetings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.PartnerSearch;
import org.stiel.partners.Partners;
import org.stiel.platform.Cursor;
import org.stiel.platform.ListPage;
import org.stiel.platform.Paging;

/** The hosting history ("lasten en lusten") read in SQL for {@link Hosts}: counted per partner and municipality. */
@Repository
class HostingQueries {

    private final JdbcClient jdbc;
    private final Partners partners;
    private final Networks networks;

    HostingQueries(JdbcClient jdbc, Partners partners, Networks networks) {
        this.jdbc = jdbc;
        this.partners = partners;
        this.networks = networks;
    }

    /**
     * Who hosted the network's meetings and where, from meetings with a host (planned ones too): counted per partner
     * and per municipality in SQL, with the latest dates of each; every partner and municipality of the network is
     * listed, the most hosting first.
     */
    HostingHistory history(NetworkId network) {
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
    ListPage<HostingHistory.Hosting> page(NetworkId network, Paging paging) {
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
}
