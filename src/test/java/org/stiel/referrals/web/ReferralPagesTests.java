package org.stiel.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.TestPdfs;
import org.stiel.accounts.Accounts;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;
import org.stiel.referrals.ReferralInbox;
import org.stiel.referrals.ReferralStatus;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;

/** The pages: the consent gate on the form, who sees what, the exports and erasure, English. */
@StielTest
class ReferralPagesTests {

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
    ReferralInbox inbox;

    @Autowired
    JdbcClient jdbc;

    ReferralWorld world;

    @BeforeEach
    void world() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
    }

    @Test
    void theFormRefusesToSendWithoutConsentAndSaysWhere() throws Exception {
        String page = mvc.perform(post("/referrals")
                        .param("recipientPartnerId", world.recipientPartner.toString())
                        .param("contactName", "Vormgezin")
                        .param("preferredContact", "THROUGH_REFERRER")
                        .param("lifeDomain", "HEALTH")
                        .param("need", "Vraag")
                        .param("urgency", "NORMAL")
                        .param("intent", "send")
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"consentGivenBy-error\"").contains("id=\"consentTextVersion-error\"");
        assertThat(inbox.sent(world.sender, null, Paging.first(100)).items()).isEmpty();

        mvc.perform(post("/referrals")
                        .param("recipientPartnerId", world.recipientPartner.toString())
                        .param("contactName", "Vormgezin")
                        .param("preferredContact", "THROUGH_REFERRER")
                        .param("lifeDomain", "HEALTH")
                        .param("need", "Vraag")
                        .param("urgency", "NORMAL")
                        .param("intent", "draft")
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(inbox.sent(world.sender, null, Paging.first(100)).items())
                .extracting(l -> l.status())
                .containsExactly(ReferralStatus.DRAFT);
    }

    @Test
    void theDetailShowsTheFamilyToThePartnersAndTheDashboardOnlyNumbers() throws Exception {
        var form = world.form();
        var id = referrals.create(world.sender, form, true);
        assertThat(html("/referrals/" + id, world.recipient))
                .contains(form.getContactName())
                .contains("Geheime vraag");
        assertThat(html("/referrals/" + id + "/access-log", world.sender)).contains(world.recipient.displayName());
        assertThat(html("/referrals/dashboard", world.coordinator))
                .contains("1 doorverwijzing verstuurd")
                .doesNotContain(form.getContactName())
                .doesNotContain("Geheime")
                .doesNotContain(world.sender.displayName());
        assertThat(html("/referrals?lang=en", world.recipient)).contains("Referrals received");
    }

    /** The purpose is the referrer's own sentence: the summary must not add a second full stop after it. */
    @Test
    void theConsentSummaryEndsWithThePurposeAsTyped() throws Exception {
        var form = world.form();
        form.setConsentPurpose("Contact over opvang.");
        var id = referrals.create(world.sender, form, true);

        assertThat(html("/referrals/" + id, world.recipient))
                .contains("voor: Contact over opvang.")
                .doesNotContain("opvang..");
    }

    @Test
    void subjectAccessExportsJsonAndAReadablePdfAndErases() throws Exception {
        var form = world.form();
        String name = form.getContactName();
        String email = form.getContactEmail();
        var id = referrals.create(world.sender, form, true);

        // a first name identifies nobody: nothing found, nothing erased
        mvc.perform(post("/referrals/subject-access/export.json")
                        .param("q", name)
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.referrals.length()")
                        .value(0));
        mvc.perform(post("/referrals/subject-access/export.json")
                        .param("q", email)
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath(
                                "$.referrals[0].referral.family.contactName")
                        .value(name));
        byte[] pdf = mvc.perform(post("/referrals/subject-access/export.pdf")
                        .param("q", email)
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Wat we over u bijhouden").contains(name).contains("Geheime vraag");
        }
        // the family receives the same document in every reader: its font travels inside the file
        assertThat(TestPdfs.fonts(pdf)).isNotEmpty().allMatch(TestPdfs.Font::embeddedTrueType);

        mvc.perform(post("/referrals/subject-access/erase")
                        .param("q", email)
                        .param("confirm", "true")
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(html("/referrals/" + id, world.recipient))
                .doesNotContain(name)
                .contains("gewist");
        assertThat(jdbc.sql("select count(*) from referral_access where referral_id = ? and purpose = 'SUBJECT_ACCESS'")
                        .param(id.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theCoordinatorPublishesANewConsentTextVersion() throws Exception {
        mvc.perform(post("/referrals/consent-texts")
                        .param("body", "Versie twee van de tekst.")
                        .with(user(world.coordinator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(referrals.currentConsentText(world.network).orElseThrow().version())
                .isEqualTo(world.consentVersion + 1);
        assertThat(html("/referrals/new", world.sender)).contains("Versie twee van de tekst.");
        mvc.perform(post("/referrals/consent-texts")
                        .param("body", " ")
                        .with(user(world.coordinator))
                        .with(csrf()))
                .andExpect(status().isOk());
    }

    private String html(String path, org.stiel.accounts.StielUser who) throws Exception {
        return mvc.perform(get(path).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
