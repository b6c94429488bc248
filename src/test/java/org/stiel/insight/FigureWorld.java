package org.stiel.insight;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * A network of a test's own whose two municipalities carry real NIS codes ("Eerste" is Gent's 44021, "Tweede"
 * Antwerpen's 11002), with a coordinator. Until the network admin picks places, a test sets the codes itself.
 */
public final class FigureWorld {

    public static final String EERSTE = "44021";
    public static final String TWEEDE = "11002";

    public final NetworkId network;
    public final StielUser coordinator;
    public final TestNetworks fixtures;

    public FigureWorld(Networks networks, Accounts accounts, Partners partners, JdbcClient jdbc, String label) {
        fixtures = new TestNetworks(networks, accounts, partners);
        network = fixtures.network(label).id();
        jdbc.sql("update municipality set nis_code = case name when 'Eerste' then ? else ? end where network_id = ?")
                .params(EERSTE, TWEEDE, network.value())
                .update();
        coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
    }

    public StielUser member(NetworkRole role) {
        if (role == NetworkRole.PARTNER_STAFF) {
            var partner = fixtures.partner(network, TestNetworks.unique("Partner"), "Test");
            return fixtures.member(network, role, partner);
        }
        return fixtures.member(network, role);
    }

    /** A yearly figure as the form sends it, with a source. */
    public static FigureForm year(String indicator, String nis, int year, String value) {
        return new FigureForm(
                indicator,
                nis,
                PeriodKind.YEAR,
                year,
                null,
                value == null ? null : new BigDecimal(value),
                null,
                null,
                "Statbel",
                LocalDate.of(year, 6, 1),
                "Modellicentie gratis hergebruik");
    }

    /** A share from numerator and denominator, the value as given (may be {@code null}). */
    public static FigureForm share(String indicator, String nis, int year, String value, String num, String den) {
        return new FigureForm(
                indicator,
                nis,
                PeriodKind.YEAR,
                year,
                null,
                value == null ? null : new BigDecimal(value),
                new BigDecimal(num),
                new BigDecimal(den),
                "Opgroeien",
                null,
                null);
    }
}
