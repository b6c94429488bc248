package org.stiel.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.offer.OfferId;
import org.stiel.offer.OfferKind;
import org.stiel.offer.OfferStatus;
import org.stiel.offer.Offers;
import org.stiel.partners.Partners;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;

/**
 * A referral to one service of the recipient: the form and the API accept only an active service of the chosen
 * partner in the current network, and write nothing otherwise; the service shows on the referral, in the lists, in
 * the export and the numbers, and the recipient's inbox filters by it.
 */
@StielTest
class ReferralServiceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Referrals referrals;

    @Autowired
    Offers offers;

    @Autowired
    JdbcClient jdbc;

    ReferralWorld world;
    OfferId service;
    OfferId otherService;
    OfferId thirdService;

    @BeforeEach
    void world() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
        service = world.service(offers, world.recipientPartner, "Opvoedingsondersteuning");
        otherService = world.service(offers, world.recipientPartner, "Taalpunt");
        thirdService = world.service(offers, world.thirdPartner, "Derde dienst");
    }

    @Test
    void theApiWritesAReferralToAServiceAndTheInboxFiltersByIt() throws Exception {
        String name = offers.get(world.network, service).name();
        api(world.sender, body(world.recipientPartner.toString(), service.toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.serviceId").value(service.toString()))
                .andExpect(jsonPath("$.serviceName").value(name));
        api(world.sender, body(world.recipientPartner.toString(), null)).andExpect(status().isCreated());
        api(world.sender, body(world.recipientPartner.toString(), otherService.toString()))
                .andExpect(status().isCreated());

        mvc.perform(get("/api/v1/referrals/inbox").with(user(world.recipient)))
                .andExpect(jsonPath("$.length()").value(3));
        mvc.perform(get("/api/v1/referrals/inbox")
                        .param("service", service.toString())
                        .with(user(world.recipient)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].serviceName").value(name));
        mvc.perform(get("/api/v1/referrals/inbox/services").with(user(world.recipient)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[?(@.name == '%s')].count", name).value(1));
        mvc.perform(get("/api/v1/referrals/sent").with(user(world.sender)))
                .andExpect(jsonPath("$[?(@.serviceId == '%s')]", service).exists());

        // the page: the filter narrows the tab to the service and names the counts
        String all = html(get("/referrals").with(user(world.recipient)));
        assertThat(all).contains(name + " (1)").containsPattern("(?s)class=\"referral-line\".*" + name);
        String filtered =
                html(get("/referrals").param("service", service.toString()).with(user(world.recipient)));
        assertThat(count(filtered, "class=\"referral-line\"")).isEqualTo(1);
        assertThat(count(all, "class=\"referral-line\"")).isEqualTo(3);
    }

    @Test
    void theApiRefusesAnotherPartnersServiceAnActivityAndAnotherNetworksOfferAndWritesNothing() throws Exception {
        var activity = ReferralWorld.offer(
                offers, world.network, world.recipientPartner, "Kijkdag", OfferKind.ACTIVITY, OfferStatus.ACTIVE);
        var ended = ReferralWorld.offer(
                offers, world.network, world.recipientPartner, "Gestopt", OfferKind.SERVICE, OfferStatus.ENDED);
        var fixtures = new TestNetworks(networks, accounts, partners);
        var elsewhere = fixtures.network("elders").id();
        var strangerPartner = fixtures.partner(elsewhere, TestNetworks.unique("Vreemd"), "Elders.");
        var foreign = ReferralWorld.offer(
                offers, elsewhere, strangerPartner, "Elders", OfferKind.SERVICE, OfferStatus.ACTIVE);

        for (OfferId wrong : new OfferId[] {thirdService, activity, ended, foreign}) {
            api(world.sender, body(world.recipientPartner.toString(), wrong.toString()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.field").value("offerId"))
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors.offerId").exists());
        }
        // an id that is no offer at all
        api(
                        world.sender,
                        body(
                                world.recipientPartner.toString(),
                                java.util.UUID.randomUUID().toString()))
                .andExpect(status().isUnprocessableContent());
        assertThat(referralsInNetwork()).isZero();
    }

    @Test
    void theFormWritesAReferralToAServiceOrSaysWhatIsWrongNextToTheField() throws Exception {
        String name = offers.get(world.network, service).name();
        String thirdName = offers.get(world.network, thirdService).name();

        // without JavaScript the field lists every partner's services, grouped by partner
        String page = html(get("/referrals/new").with(user(world.sender)));
        assertThat(page)
                .contains("id=\"offerId\"")
                .contains("<optgroup label=\""
                        + offers.get(world.network, service).partnerName() + "\"")
                .contains(name)
                .contains(thirdName);
        // htmx asks for the field alone, narrowed to the chosen partner
        String fragment = html(get("/referrals/new")
                .param("recipientPartnerId", world.recipientPartner.toString())
                .header("HX-Request", "true")
                .with(user(world.sender)));
        assertThat(fragment)
                .contains("id=\"service-field\"")
                .contains(name)
                .doesNotContain(thirdName)
                .doesNotContain("<html");

        // another partner's service: the form again, the error next to the field, nothing written
        String refused = mvc.perform(form(thirdService).with(user(world.sender)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("id=\"offerId-error\"").contains("aria-invalid=\"true\"");
        assertThat(referralsInNetwork()).isZero();

        String location = mvc.perform(form(service).with(user(world.sender)))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(referralsInNetwork()).isEqualTo(1);
        assertThat(html(get(location).with(user(world.sender))))
                .containsPattern("id=\"referral-service\">" + java.util.regex.Pattern.quote(name) + "<");
        assertThat(html(get("/referrals/sent").with(user(world.sender)))).contains(name);
    }

    @Test
    void theExportAndTheCoordinatorsNumbersNameTheService() throws Exception {
        var form = world.form();
        form.setOfferId(service.value());
        referrals.create(world.sender, form, true);
        String name = offers.get(world.network, service).name();

        mvc.perform(post("/referrals/subject-access/export.json")
                        .param("q", form.getContactEmail())
                        .with(user(world.recipient))
                        .with(csrf()))
                .andExpect(jsonPath("$.referrals[0].referral.serviceName").value(name));
        mvc.perform(get("/api/v1/referrals/statistics").with(user(world.coordinator)))
                .andExpect(jsonPath("$.byService[0].name").value(name))
                .andExpect(jsonPath("$.byService[0].count").value(1));
        assertThat(html(get("/referrals/dashboard").with(user(world.coordinator))))
                .contains("id=\"stats-services\"")
                .contains(name)
                .doesNotContain(form.getContactName());
    }

    private MockHttpServletRequestBuilder form(OfferId offer) {
        return post("/referrals")
                .param("recipientPartnerId", world.recipientPartner.toString())
                .param("offerId", offer.toString())
                .param("contactName", "Dienstgezin")
                .param("preferredContact", "THROUGH_REFERRER")
                .param("lifeDomain", "HEALTH")
                .param("need", "Vraag")
                .param("urgency", "NORMAL")
                .param("intent", "draft")
                .with(csrf());
    }

    private org.springframework.test.web.servlet.ResultActions api(StielUser who, String json) throws Exception {
        return mvc.perform(post("/api/v1/referrals")
                .param("send", "true")
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(user(who))
                .with(csrf()));
    }

    private String body(String recipient, String offer) {
        return """
                {"recipientPartnerId": "%s", %s "contactName": "Dienst-gezin", "preferredContact": "THROUGH_REFERRER",
                 "lifeDomain": "PARENTING_SUPPORT", "need": "Vraag", "urgency": "NORMAL", "consentGivenBy": "Papa",
                 "consentGivenOn": "2026-01-05", "consentMethod": "WRITTEN", "consentPurpose": "Vraag",
                 "consentTextVersion": %d}
                """.formatted(recipient, offer == null ? "" : "\"offerId\": \"" + offer + "\",", world.consentVersion);
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static int count(String page, String needle) {
        return page.split(java.util.regex.Pattern.quote(needle), -1).length - 1;
    }

    private long referralsInNetwork() {
        return jdbc.sql("select count(*) from referral where network_id = ?")
                .param(world.network.value())
                .query(Long.class)
                .single();
    }
}
