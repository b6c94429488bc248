package org.stiel.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;

/**
 * One form submission, one record: the same rendered form sent twice, one after the other or at the same moment,
 * creates one offer or one referral and never answers 5xx; a fresh form creates another on purpose.
 */
@StielTest
class FormOnceTests {

    static final Pattern TOKEN = Pattern.compile("name=\"_once\" value=\"([0-9a-f-]{36})\"");

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
    JdbcClient jdbc;

    NetworkId network;
    PartnerId partner;
    StielUser staff;
    ExecutorService executor = Executors.newFixedThreadPool(2);

    @BeforeEach
    void world() {
        var f = new TestNetworks(networks, accounts, partners);
        network = f.network("form-once").id();
        partner = f.partner(network, TestNetworks.unique("Eenmaal"), "Test");
        staff = f.member(network, NetworkRole.PARTNER_STAFF, partner);
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void everyRenderedPostFormCarriesATokenOfItsOwnAndGetFormsNone() throws Exception {
        String first = html(get("/offers/new").param("partner", partner.toString()));
        String second = html(get("/offers/new").param("partner", partner.toString()));
        assertThat(tokenIn(first)).isNotEqualTo(tokenIn(second));
        assertThat(first).contains("name=\"_csrf\"");

        // the list's filter is a GET form: a token there would only clutter its URL
        List<String> forms = List.of(html(get("/offers")).split("<form"));
        assertThat(forms)
                .filteredOn(f -> f.startsWith(" class=\"card"))
                .singleElement()
                .satisfies(filter -> assertThat(filter.substring(0, filter.indexOf("</form>")))
                        .contains("method=\"get\"")
                        .doesNotContain("_once"));
        assertThat(forms)
                .filteredOn(f -> f.contains("action=\"/logout\""))
                .singleElement()
                .satisfies(logout -> assertThat(logout).contains("name=\"_once\""));
    }

    @Test
    void theOfferFormSentTwiceInARowCreatesOneOffer() throws Exception {
        String name = TestNetworks.unique("Dubbelklik");
        String token = tokenIn(html(get("/offers/new").param("partner", partner.toString())));

        var first = mvc.perform(offer(name, token)).andReturn().getResponse();
        var second = mvc.perform(offer(name, token)).andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(second.getStatus()).as("sent to where the first went").isEqualTo(303);
        assertThat(second.getRedirectedUrl())
                .isEqualTo(first.getRedirectedUrl())
                .startsWith("/offers/");
        assertThat(offers(name)).isEqualTo(1);
    }

    @Test
    void theOfferFormSentTwiceAtOnceCreatesOneOfferAndNo5xx() throws Exception {
        String name = TestNetworks.unique("Tegelijk");
        String token = tokenIn(html(get("/offers/new").param("partner", partner.toString())));

        var answers = inParallel(() -> offer(name, token));

        assertThat(answers).extracting(MockHttpServletResponse::getStatus).allSatisfy(FormOnceTests::redirectOrPage);
        assertThat(offers(name)).isEqualTo(1);
    }

    @Test
    void aFreshFormCreatesAnotherOfferOnPurpose() throws Exception {
        String name = TestNetworks.unique("Tweemaal");
        for (int i = 0; i < 2; i++) {
            String token = tokenIn(html(get("/offers/new").param("partner", partner.toString())));
            assertThat(mvc.perform(offer(name, token)).andReturn().getResponse().getStatus())
                    .isEqualTo(302);
        }
        assertThat(offers(name)).isEqualTo(2);
    }

    @Test
    void aFormThatCameBackWithErrorsCanBeSentCorrectedWithTheSameToken() throws Exception {
        String name = TestNetworks.unique("Verbeterd");
        String token = tokenIn(html(get("/offers/new").param("partner", partner.toString())));

        String errors = mvc.perform(offer(" ", token)).andReturn().getResponse().getContentAsString();
        assertThat(errors).contains("id=\"name-error\"");
        assertThat(tokenIn(errors))
                .as("the form again, with a token of its own")
                .isNotEqualTo(token);

        assertThat(mvc.perform(offer(name, token)).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(offers(name)).isEqualTo(1);
    }

    @Test
    void aPostWithoutATokenIsNotTouched() throws Exception {
        String name = TestNetworks.unique("Zonder");
        for (int i = 0; i < 2; i++) {
            mvc.perform(offer(name, null));
        }
        assertThat(offers(name)).isEqualTo(2);
    }

    @Test
    void aFormThatAnswersWithAPageOfItsOwnIsDoneOnceAndARepeatIsToldItWasSent() throws Exception {
        String name = TestNetworks.unique("Eenmalig");
        // the account page's last form creates a personal access token and shows it once, on a page of its own
        var tokens = TOKEN.matcher(html(get("/account"))).results().toList();
        String token = tokens.getLast().group(1);
        Supplier<MockHttpServletRequestBuilder> create = () -> post("/account/tokens")
                .param("name", name)
                .param("_once", token)
                .with(user(staff))
                .with(csrf());

        var first = mvc.perform(create.get()).andReturn().getResponse();
        var repeat = mvc.perform(create.get()).andReturn().getResponse();

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).contains("stiel_");
        assertThat(repeat.getStatus()).isEqualTo(200);
        assertThat(repeat.getContentAsString())
                .contains("Dit formulier is al verstuurd")
                .doesNotContain("stiel_");
        assertThat(jdbc.sql("select count(*) from personal_access_token where name = ?")
                        .param(name)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aRepeatWhileTheFirstIsStillRunningIsToldTheFormWasAlreadySent() throws Exception {
        String name = TestNetworks.unique("Bezig");
        String token = tokenIn(html(get("/offers/new").param("partner", partner.toString())));
        // the first submission of this token is running (on this or another instance) and does not finish
        jdbc.sql("insert into form_submission (token, created_at) values (?, now())")
                .param(token)
                .update();

        var repeat = mvc.perform(offer(name, token)).andReturn().getResponse();

        assertThat(repeat.getStatus()).isEqualTo(200);
        assertThat(repeat.getContentAsString()).contains("Dit formulier is al verstuurd");
        assertThat(offers(name)).isZero();
    }

    @Test
    void aFirstSubmissionThatDiedWithItsInstanceDoesNotBlockTheFormForADay() throws Exception {
        String name = TestNetworks.unique("Gestorven");
        String token = tokenIn(html(get("/offers/new").param("partner", partner.toString())));
        jdbc.sql("insert into form_submission (token, created_at) values (?, now() - interval '3 minutes')")
                .param(token)
                .update();

        assertThat(mvc.perform(offer(name, token)).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(offers(name)).isEqualTo(1);
    }

    @Test
    void theReferralFormSentTwiceInARowAndAtOnceSendsOneReferralEachTime() throws Exception {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        String token = tokenIn(html(get("/referrals/new"), world.sender));
        var form = world.form();
        Supplier<MockHttpServletRequestBuilder> send = () -> referral(world, form, token);

        var first = mvc.perform(send.get()).andReturn().getResponse();
        var second = mvc.perform(send.get()).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(second.getStatus()).isEqualTo(303);
        assertThat(second.getRedirectedUrl()).isEqualTo(first.getRedirectedUrl());
        assertThat(referralsTo(form.getContactName())).isEqualTo(1);

        var parallelForm = world.form();
        String parallelToken = tokenIn(html(get("/referrals/new"), world.sender));
        var answers = inParallel(() -> referral(world, parallelForm, parallelToken));
        assertThat(answers).extracting(MockHttpServletResponse::getStatus).allSatisfy(FormOnceTests::redirectOrPage);
        assertThat(referralsTo(parallelForm.getContactName())).isEqualTo(1);
    }

    private MockHttpServletRequestBuilder offer(String name, String token) {
        var request = post("/offers")
                .param("partner", partner.toString())
                .param("name", name)
                .param("kind", "ACTIVITY")
                .param("audiences", "PARENTS")
                .param("cost", "FREE")
                .param("reach", "UNIVERSAL")
                .param("pillar", "MEETING_OTHERS")
                .param("status", "ACTIVE")
                .param("published", "true")
                .param("lifeDomains", "MEETING_OTHERS")
                .param("schedules[0].dtstart", "2031-03-04")
                .with(user(staff))
                .with(csrf());
        return token == null ? request : request.param("_once", token);
    }

    private static MockHttpServletRequestBuilder referral(
            ReferralWorld world, org.stiel.referrals.ReferralForm form, String token) {
        return post("/referrals")
                .param("_once", token)
                .param("intent", "send")
                .param("recipientPartnerId", form.getRecipientPartnerId().toString())
                .param("contactName", form.getContactName())
                .param("contactPhone", form.getContactPhone())
                .param("preferredContact", form.getPreferredContact().name())
                .param("lifeDomain", form.getLifeDomain().name())
                .param("need", form.getNeed())
                .param("urgency", form.getUrgency().name())
                .param("consentGivenBy", form.getConsentGivenBy())
                .param("consentGivenOn", form.getConsentGivenOn().toString())
                .param("consentMethod", form.getConsentMethod().name())
                .param("consentPurpose", form.getConsentPurpose())
                .param("consentTextVersion", String.valueOf(form.getConsentTextVersion()))
                .with(user(world.sender))
                .with(csrf());
    }

    /** Both requests start together (a latch holds them at the gate) and both answers are waited for. */
    private List<MockHttpServletResponse> inParallel(Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        var gate = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var builder = request.get();
            answers.add(executor.submit(() -> {
                gate.await();
                return mvc.perform(builder).andReturn().getResponse();
            }));
        }
        gate.countDown();
        List<MockHttpServletResponse> responses = new ArrayList<>();
        for (var answer : answers) {
            responses.add(answer.get());
        }
        return responses;
    }

    private static void redirectOrPage(int status) {
        assertThat(status).as("a redirect or a page, never an error").isIn(200, 302, 303);
    }

    private long offers(String name) {
        return jdbc.sql("select count(*) from offer where name = ?")
                .param(name)
                .query(Long.class)
                .single();
    }

    private long referralsTo(String contactName) {
        return jdbc.sql("select count(*) from referral where contact_name = ?")
                .param(contactName)
                .query(Long.class)
                .single();
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return html(request, staff);
    }

    private String html(MockHttpServletRequestBuilder request, StielUser as) throws Exception {
        var response = mvc.perform(request.with(user(as))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    private static String tokenIn(String html) {
        var matcher = TOKEN.matcher(html);
        assertThat(matcher.find()).as("a one-time token in the form").isTrue();
        return matcher.group(1);
    }
}
