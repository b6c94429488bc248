package org.stiel.insight;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkForm;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * A network of the imports tests' own, on real municipalities: Gent (44021, unchanged), Nazareth-De Pinte (44086,
 * merged in 2025 from De Pinte 44012 and Nazareth 44048) and Antwerpen (11002, which took in Borsbeek 11007 in 2025),
 * with a coordinator, a steering group member, a volunteer and partner staff.
 */
final class ImportWorld {

    final NetworkId network;
    final StielUser coordinator;
    final StielUser steering;
    final StielUser volunteer;
    final StielUser staff;

    ImportWorld(Networks networks, Accounts accounts, Partners partners, JdbcClient jdbc) {
        var people = new TestNetworks(networks, accounts, partners);
        var form = new NetworkForm();
        String slug = TestNetworks.slug("imports");
        form.setName("Huis van het Kind " + slug);
        form.setSlug(slug);
        form.setMunicipalities(List.of(
                new NetworkForm.MunicipalityForm("Gent", "9000"),
                new NetworkForm.MunicipalityForm("Nazareth-De Pinte", "9810, 9840"),
                new NetworkForm.MunicipalityForm("Antwerpen", "2000")));
        network = networks.create(form);
        // the network form does not take NIS codes yet (the places part of issue 16 adds that)
        for (var place : List.of(
                List.of("Gent", "44021"), List.of("Nazareth-De Pinte", "44086"), List.of("Antwerpen", "11002"))) {
            jdbc.sql("update municipality set nis_code = ? where network_id = ? and name = ?")
                    .params(place.get(1), network.value(), place.get(0))
                    .update();
        }
        coordinator = people.member(network, NetworkRole.COORDINATOR);
        steering = people.member(network, NetworkRole.STEERING_GROUP);
        volunteer = people.member(network, NetworkRole.VOLUNTEER);
        staff = people.member(
                network, NetworkRole.PARTNER_STAFF, people.partner(network, TestNetworks.unique("Partner"), "Partner"));
    }

    /** The network's figure of an indicator for a municipality and 1 January of a year, or null. */
    static java.math.BigDecimal figure(JdbcClient jdbc, NetworkId network, String nis, String indicator, String date) {
        return jdbc.sql("""
                        select value from insight_figure where network_id = ? and nis_code = ? and indicator = ?
                        and period_date = cast(? as date)
                        """)
                .params(network.value(), nis, indicator, date)
                .query(java.math.BigDecimal.class)
                .optional()
                .map(java.math.BigDecimal::stripTrailingZeros)
                .orElse(null);
    }

    static int figures(JdbcClient jdbc, NetworkId network) {
        return jdbc.sql("select count(*) from insight_figure where network_id = ?")
                .param(network.value())
                .query(Integer.class)
                .single();
    }
}
