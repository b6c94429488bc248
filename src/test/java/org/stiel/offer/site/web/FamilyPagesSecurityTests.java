package org.stiel.offer.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.offer.OfferId;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.Partners;

/**
 * The families' pages are open to everyone, logged in or not, and only they: the permitAll matcher opens nothing
 * else, and writes are still refused.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyPagesSecurityTests {

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

    String slug;
    String partner;
    OfferId offer;
    StielUser coordinator;
    StielUser stranger;

    @BeforeAll
    void world() {
        var f = new TestNetworks(networks, accounts, partners);
        var network = f.network("public");
        slug = network.slug();
        var partnerId = f.partner(network.id(), TestNetworks.unique("Open partner"), "Test");
        partner = partnerId.value().toString();
        offer = offers.register(
                Actor.system(network.id(), "Test"),
                partnerId,
                TestOffers.weekly(TestNetworks.unique("Open aanbod"), LocalDate.now()));
        coordinator = f.member(network.id(), NetworkRole.COORDINATOR);
        stranger = f.member(f.network("elders").id(), NetworkRole.VOLUNTEER);
    }

    List<String> publicUrls() {
        return List.of(
                "/aanbod",
                "/aanbod?network=" + slug + "&q=aanbod",
                "/aanbod/" + offer.value(),
                "/aanbod/" + offer.value() + ".ics",
                "/aanbod/kalender",
                "/aanbod/kalender?view=month&network=" + slug,
                "/aanbod/kalender.ics?network=" + slug,
                "/aanbod/kalender/netwerk/" + slug + ".ics",
                "/aanbod/kalender/partner/" + partner + ".ics");
    }

    Stream<Arguments> everyoneMayRead() {
        List<Arguments> rows = new ArrayList<>();
        for (String url : publicUrls()) {
            rows.add(Arguments.of(url, "anonymous"));
            rows.add(Arguments.of(url, "coordinator"));
            rows.add(Arguments.of(url, "member of another network"));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{1} GET {0} -> 200")
    @MethodSource
    void everyoneMayRead(String url, String who) throws Exception {
        var request = get(url);
        if (who.equals("coordinator")) {
            request.with(user(coordinator));
        } else if (who.startsWith("member")) {
            request.with(user(stranger));
        }
        mvc.perform(request).andExpect(status().isOk());
    }

    @Test
    void anonymousVisitorsGetNoSession() throws Exception {
        // a session is a row in PostgreSQL: one per anonymous visitor would make every search a write
        for (String url : List.of("/aanbod", "/aanbod?q=baby&age=12", "/aanbod/kalender?view=month")) {
            var result = mvc.perform(get(url).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk())
                    .andReturn();
            assertThat(result.getResponse().getHeaders("Set-Cookie"))
                    .as(url)
                    .noneMatch(cookie -> cookie.startsWith("STIEL_SESSION="));
        }
    }

    @Test
    void theMatcherOpensNothingElseAndWritesAreRefused() throws Exception {
        // a browser asking for a page is sent to the login page
        for (String url : List.of("/partners", "/aanbodx", "/feed", "/offers")) {
            mvc.perform(get(url).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        }
        // no CSRF token: refused before any handler is looked for
        mvc.perform(post("/aanbod")).andExpect(status().isForbidden());
    }
}
