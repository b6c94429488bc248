package org.stiel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.offer.Offers;
import org.stiel.offer.TestOffers;
import org.stiel.partners.Partners;

/**
 * Two requests of one session that set the same attribute at the same time (the flash map after a redirect, most of
 * all) both succeed: the session store writes attributes as upserts, never a duplicate key and a 500.
 */
@StielTest
class SessionStoreTests {

    static final String FLASH_MAPS = "org.springframework.web.servlet.support.SessionFlashMapManager.FLASH_MAPS";

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    JdbcClient jdbc;

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

    /** The race, step by step: both requests load the fresh session before either saves it. */
    @Test
    void twoCopiesOfAFreshSessionBothAddTheSameAttribute() {
        race(sessions);
    }

    private <S extends Session> void race(SessionRepository<S> sessions) {
        var fresh = sessions.createSession();
        sessions.save(fresh);
        var first = sessions.findById(fresh.getId());
        var second = sessions.findById(fresh.getId());

        first.setAttribute(FLASH_MAPS, "from the first request");
        second.setAttribute(FLASH_MAPS, "from the second request");
        sessions.save(first);
        sessions.save(second);

        assertThat(jdbc.sql("""
                        select count(*) from spring_session_attributes a
                          join spring_session s on s.primary_id = a.session_primary_id
                         where s.session_id = ? and a.attribute_name = ?
                        """)
                        .params(fresh.getId(), FLASH_MAPS)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(sessions.findById(fresh.getId()).<String>getAttribute(FLASH_MAPS))
                .isEqualTo("from the second request");
    }

    /** A session id is a bearer secret: 216 random bits, where a UUID has 122. */
    @Test
    void sessionIdsCarryMoreThan128RandomBits() {
        var ids = new java.util.HashSet<String>();
        for (int i = 0; i < 50; i++) {
            var session = sessions.createSession();
            assertThat(session.getId()).matches("[A-Za-z0-9_-]{36}");
            assertThat(java.util.Base64.getUrlDecoder().decode(session.getId())).hasSize(27);
            ids.add(session.getId());
        }
        assertThat(ids).hasSize(50);
        savedAndFound(sessions);
    }

    private <S extends Session> void savedAndFound(SessionRepository<S> sessions) {
        var saved = sessions.createSession();
        sessions.save(saved);
        assertThat(sessions.findById(saved.getId())).as("found again by its id").isNotNull();
    }

    @Test
    void twoParallelFormPostsOnOneFreshSessionBothRedirect() throws Exception {
        var f = new TestNetworks(networks, accounts, partners);
        var network = f.network("session-store").id();
        var partner = f.partner(network, TestNetworks.unique("Sessie"), "Test");
        var staff = f.member(network, NetworkRole.PARTNER_STAFF, partner);
        var offerIds = new ArrayList<UUID>();
        for (int i = 0; i < 2; i++) {
            var form = TestOffers.weekly(TestNetworks.unique("Flash"), LocalDate.of(2031, 3, 4));
            offerIds.add(offers.register(Actor.system(network, "Test"), partner, form)
                    .value());
        }
        var login = mvc.perform(formLogin("/login").user(staff.email()).password(TestNetworks.PASSWORD))
                .andReturn()
                .getResponse();
        Cookie session = Arrays.stream(login.getCookies())
                .filter(c -> c.getName().endsWith("SESSION"))
                .findFirst()
                .orElseThrow();

        // "still correct" (each of its own offer) sets a flash message and redirects; no form token, so both run
        var executor = Executors.newFixedThreadPool(2);
        try {
            var gate = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (UUID offer : offerIds) {
                answers.add(executor.submit(() -> {
                    gate.await();
                    return mvc.perform(post("/offers/" + offer + "/verify")
                                    .cookie(session)
                                    .with(csrf()))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            gate.countDown();
            for (var answer : answers) {
                assertThat(answer.get()).isEqualTo(302);
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
