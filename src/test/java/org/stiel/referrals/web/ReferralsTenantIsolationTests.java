package org.stiel.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.Paging;
import org.stiel.referrals.ReferralInbox;
import org.stiel.referrals.ReferralStatus;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;
import org.stiel.referrals.SubjectAccess;

/** Another network sees nothing of this network's referrals, whichever way it asks, and changes nothing. */
@StielTest
class ReferralsTenantIsolationTests {

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
    SubjectAccess subjectAccess;

    @Autowired
    org.stiel.offer.Offers offers;

    @Test
    void anotherNetworkNeitherFindsNorChangesNorCountsTheReferral() throws Exception {
        var mine = new ReferralWorld(networks, accounts, partners, referrals);
        var theirs = new ReferralWorld(networks, accounts, partners, referrals);
        var form = mine.form();
        String name = form.getContactName();
        var id = referrals.create(mine.sender, form, true);

        for (StielUser stranger : new StielUser[] {theirs.coordinator, theirs.sender, theirs.recipient}) {
            mvc.perform(get("/referrals/" + id).with(user(stranger))).andExpect(status().isNotFound());
            mvc.perform(get("/referrals/" + id + "/access-log").with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/referrals/" + id).with(user(stranger)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post("/api/v1/referrals/" + id + "/transitions")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"action\": \"WITHDRAW_CONSENT\"}")
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/referrals/" + id + "/withdraw")
                            .with(user(stranger))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        assertThat(referrals.read(mine.sender, id, false).status()).isEqualTo(ReferralStatus.SENT);
        // the notification is there for the recipient, in its own network only
        mvc.perform(get("/api/v1/referrals/notifications").with(user(mine.recipient)))
                .andExpect(jsonPath("$[0].referral").value(id.toString()));

        // their lists, numbers and subject access know nothing of it
        for (StielUser staff : new StielUser[] {theirs.sender, theirs.recipient}) {
            mvc.perform(get("/api/v1/referrals/inbox").with(user(staff)))
                    .andExpect(jsonPath("$.length()").value(0));
            mvc.perform(get("/api/v1/referrals/sent").with(user(staff)))
                    .andExpect(jsonPath("$.length()").value(0));
            mvc.perform(get("/api/v1/referrals/notifications").with(user(staff)))
                    .andExpect(jsonPath("$.length()").value(0));
            mvc.perform(get("/referrals/notifications").with(user(staff)))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(id.toString()))));
            assertThat(subjectAccess.report(staff, form.getContactEmail()).referrals())
                    .isEmpty();
            assertThat(subjectAccess.report(staff, form.getContactPhone()).referrals())
                    .isEmpty();
        }
        mvc.perform(get("/api/v1/referrals/statistics").with(user(theirs.coordinator)))
                .andExpect(jsonPath("$.total").value(0));
        // a referral to another network's partner: that partner does not exist here
        var stray = theirs.form();
        stray.setRecipientPartnerId(mine.recipientPartner.value());
        mvc.perform(post("/api/v1/referrals")
                        .param("send", "true")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"recipientPartnerId": "%s", "contactName": "X", "preferredContact": "THROUGH_REFERRER",
                                 "lifeDomain": "HEALTH", "need": "Vraag", "urgency": "NORMAL"}
                                """.formatted(mine.recipientPartner))
                        .with(user(theirs.sender))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        // their list of services to refer to holds none of this network's, and naming one is refused
        var service = mine.service(offers, mine.recipientPartner, "Dienst");
        for (StielUser staff : new StielUser[] {theirs.sender, theirs.recipient}) {
            mvc.perform(get("/api/v1/referrals/services").with(user(staff)))
                    .andExpect(jsonPath("$[?(@.id == '%s')]", service).doesNotExist());
            mvc.perform(get("/api/v1/referrals/inbox")
                            .param("service", service.toString())
                            .with(user(staff)))
                    .andExpect(jsonPath("$.length()").value(0));
            mvc.perform(get("/api/v1/referrals/inbox/services").with(user(staff)))
                    .andExpect(jsonPath("$.length()").value(0));
        }
        mvc.perform(post("/api/v1/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"recipientPartnerId": "%s", "offerId": "%s", "contactName": "X",
                                 "preferredContact": "THROUGH_REFERRER", "lifeDomain": "HEALTH", "need": "Vraag",
                                 "urgency": "NORMAL"}
                                """.formatted(theirs.recipientPartner, service))
                        .with(user(theirs.sender))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent());
        assertThat(inbox.sent(theirs.sender, null, Paging.first(100)).items()).isEmpty();
        assertThat(inbox.received(mine.recipient, null, false, null, Paging.first(100))
                        .items())
                .hasSize(1);
        String page = mvc.perform(get("/referrals").with(user(mine.recipient)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(id.toString()).doesNotContain(name);
    }
}
