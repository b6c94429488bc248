package org.stiel.offer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.stiel.MoreLinks;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;

/** The offer list a page at a time: the network's by partner and name, and one partner's own. */
@StielTest
class OfferPagingTests {

    private static final Pattern ROW = Pattern.compile("<a href=\"/offers/[0-9a-f-]+\">([^<]+)</a>");

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Offers offers;

    @Test
    void theNetworksOffersArePagedByPartnerThenNameWithEveryOfferOnce() throws Exception {
        var f = new TestNetworks(networks, accounts, partners);
        NetworkId network = f.network("offer-paging").id();
        PartnerId bib = f.partner(network, "Bibliotheek", "Boeken");
        PartnerId zwembad = f.partner(network, "Zwembad", "Water");
        add(network, zwembad, "Watergewenning");
        add(network, bib, "Voorlezen");
        add(network, zwembad, "Baby zwemmen");
        add(network, bib, "Boekstart");
        add(network, bib, "Rijmpjes");
        StielUser member = f.member(network, NetworkRole.VOLUNTEER);

        MvcResult first = api(member, "/api/v1/offers?size=2");
        List<String> seen = new ArrayList<>(names(first));
        assertThat(seen).containsExactly("Boekstart", "Rijmpjes");
        // added between two pages: after the cursor (comes once) and before it (does not come back)
        add(network, zwembad, "Aquagym");
        add(network, bib, "Bibbers");
        String next = MoreLinks.next(first);
        while (next != null) {
            MvcResult page = api(member, next);
            seen.addAll(names(page));
            next = MoreLinks.next(page);
        }
        assertThat(seen)
                .containsExactly("Boekstart", "Rijmpjes", "Voorlezen", "Aquagym", "Baby zwemmen", "Watergewenning");
    }

    @Test
    void aPartnersOffersArePagedOnTheListPageAndFromItsMoreLink() throws Exception {
        var f = new TestNetworks(networks, accounts, partners);
        NetworkId network = f.network("offer-partner-paging").id();
        PartnerId partner = f.partner(network, TestNetworks.unique("Speelotheek"), "Spelen");
        PartnerId other = f.partner(network, TestNetworks.unique("Andere"), "Anders");
        for (String name : List.of("Een", "Twee", "Drie", "Vier", "Vijf")) {
            add(network, partner, name);
        }
        add(network, other, "Niet van deze partner");
        StielUser member = f.member(network, NetworkRole.COORDINATOR);

        String first = html(member, "/offers?partner=" + partner + "&size=2", false);
        assertThat(rowNames(first)).containsExactly("Drie", "Een");
        assertThat(first).contains("5 aanbiedingen gevonden");
        List<String> seen = new ArrayList<>(rowNames(first));
        String next = MoreLinks.more(first);
        assertThat(next).contains("partner=" + partner, "size=2", "after=");
        while (next != null) {
            String rows = html(member, next, true);
            assertThat(rows).doesNotContain("<html");
            seen.addAll(rowNames(rows));
            next = MoreLinks.more(rows);
        }
        assertThat(seen).containsExactly("Drie", "Een", "Twee", "Vier", "Vijf");
    }

    @Test
    void anotherNetworkPagesThroughNoneOfThem() throws Exception {
        var f = new TestNetworks(networks, accounts, partners);
        NetworkId mine = f.network("offer-paging-mine").id();
        PartnerId partner = f.partner(mine, TestNetworks.unique("Eigen"), "Eigen");
        add(mine, partner, "Geheim aanbod");
        add(mine, partner, "Verborgen aanbod");
        StielUser insider = f.member(mine, NetworkRole.VOLUNTEER);
        String cursor = MoreLinks.next(api(insider, "/api/v1/offers?size=1"));
        StielUser stranger = f.member(f.network("offer-paging-theirs").id(), NetworkRole.COORDINATOR);

        assertThat(names(api(stranger, "/api/v1/offers?size=100"))).isEmpty();
        assertThat(names(api(stranger, cursor))).isEmpty();
        assertThat(names(api(stranger, "/api/v1/offers?partner=" + partner))).isEmpty();
        assertThat(rowNames(html(stranger, "/offers?partner=" + partner, false)))
                .isEmpty();
    }

    private void add(NetworkId network, PartnerId partner, String name) {
        offers.register(
                Actor.system(network, "Test"),
                partner,
                TestOffers.weekly(name, LocalDate.now().plusDays(3)));
    }

    private MvcResult api(StielUser user, String url) throws Exception {
        return mvc.perform(get(URI.create(url)).with(user(user)))
                .andExpect(status().isOk())
                .andReturn();
    }

    private String html(StielUser user, String url, boolean htmx) throws Exception {
        var request = get(URI.create(url)).with(user(user));
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static List<String> names(MvcResult result) throws Exception {
        return JsonPath.read(result.getResponse().getContentAsString(), "$[*].name");
    }

    private static List<String> rowNames(String html) {
        List<String> names = new ArrayList<>();
        var matcher = ROW.matcher(html);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
