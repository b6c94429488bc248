package org.stiel.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.StielUser;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;

/** The API's answers, and its refusals as problem JSON with nothing changed in the database. */
@StielTest
class ReferralApiTests {

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

    ReferralWorld world;

    @BeforeEach
    void world() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
    }

    @Test
    void createSendAcceptAndCloseThroughTheApi() throws Exception {
        String location = post(world.sender, "/api/v1/referrals", body(true))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.family.contactName").value("Api-gezin"))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        post(world.sender, "/api/v1/referrals/" + id + "/send", "")
                .andExpect(jsonPath("$.status").value("SENT"));
        mvc.perform(get("/api/v1/referrals/inbox").param("box", "NEW").with(user(world.recipient)))
                .andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].contactName").doesNotExist());
        mvc.perform(get("/api/v1/referrals/" + id).with(user(world.recipient)))
                .andExpect(jsonPath("$.status").value("OPENED"))
                .andExpect(jsonPath("$.consent.textVersion").value(world.consentVersion));
        post(world.recipient, "/api/v1/referrals/" + id + "/transitions", "{\"action\": \"ACCEPT\"}")
                .andExpect(jsonPath("$.status").value("ACCEPTED"));
        post(world.recipient, "/api/v1/referrals/" + id + "/transitions", "{\"action\": \"START_CONTACT\"}")
                .andExpect(status().isOk());
        post(
                        world.recipient,
                        "/api/v1/referrals/" + id + "/transitions",
                        "{\"action\": \"CLOSE\", \"outcome\": \"REFERRED_ELSEWHERE\", \"note\": \"Naar het CAW.\"}")
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(get("/api/v1/referrals/" + id).with(user(world.sender)))
                .andExpect(jsonPath("$.outcome").value("REFERRED_ELSEWHERE"))
                .andExpect(jsonPath("$.outcomeNote").value("Naar het CAW."));
        mvc.perform(get("/api/v1/referrals/" + id + "/access-log").with(user(world.sender)))
                .andExpect(jsonPath("$.length()").value(7));
        mvc.perform(get("/api/v1/referrals/statistics").with(user(world.coordinator)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.outcomes.REFERRED_ELSEWHERE").value(1))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Api-gezin"))));
    }

    @Test
    void sendingWithoutConsentIsRefusedAndNothingIsWritten() throws Exception {
        long before = count();
        post(world.sender, "/api/v1/referrals?send=true", body(false))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/consent-missing"));
        assertThat(count()).isEqualTo(before);

        String location = post(world.sender, "/api/v1/referrals", body(false))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        var row = snapshot(id);
        post(world.sender, "/api/v1/referrals/" + id + "/send", "")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.status").value(422));
        assertThat(snapshot(id)).isEqualTo(row);
        assertThat(notifications()).isZero();
    }

    @Test
    void illegalTransitionsAreRefusedAndNothingChanges() throws Exception {
        var id = world.sent().toString();
        var row = snapshot(id);
        // skipping "opened", the sender answering, closing without contact, a made-up action
        post(world.recipient, "/api/v1/referrals/" + id + "/transitions", "{\"action\": \"ACCEPT\"}")
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://stiel.example/problems/illegal-transition"));
        post(
                        world.sender,
                        "/api/v1/referrals/" + id + "/transitions",
                        "{\"action\": \"CLOSE\", \"outcome\": \"GOT_HELP\"}")
                .andExpect(status().isConflict());
        post(world.sender, "/api/v1/referrals/" + id + "/send", "").andExpect(status().isConflict());
        post(world.recipient, "/api/v1/referrals/" + id + "/transitions", "{\"action\": \"TELEPORT\"}")
                .andExpect(status().isBadRequest());
        assertThat(snapshot(id)).isEqualTo(row);

        referrals.read(world.recipient, new org.stiel.referrals.ReferralId(UUID.fromString(id)), false);
        var opened = snapshot(id);
        post(world.recipient, "/api/v1/referrals/" + id + "/transitions", "{\"action\": \"DECLINE\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.field").value("declineReason"))
                .andExpect(jsonPath("$.detail").value("Kies een reden om te weigeren."));
        assertThat(snapshot(id)).isEqualTo(opened);
    }

    @Test
    void anotherPartnersReferralIsForbiddenAndUnchanged() throws Exception {
        var id = world.sent().toString();
        var row = snapshot(id);
        long reads = reads(id);
        for (StielUser outsider : new StielUser[] {world.third, world.coordinator, world.steering, world.volunteer}) {
            mvc.perform(get("/api/v1/referrals/" + id).with(user(outsider)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            post(outsider, "/api/v1/referrals/" + id + "/transitions", "{\"action\": \"WITHDRAW_CONSENT\"}")
                    .andExpect(status().isForbidden());
        }
        assertThat(snapshot(id)).isEqualTo(row);
        assertThat(reads(id)).isEqualTo(reads);
        post(world.sender, "/api/v1/referrals/" + UUID.randomUUID() + "/send", "")
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidFieldsAreListed() throws Exception {
        post(world.sender, "/api/v1/referrals", "{\"preferredContact\": \"PHONE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.contactName").exists())
                .andExpect(jsonPath("$.errors.need").exists())
                .andExpect(jsonPath("$.errors.contactReachable").exists());
    }

    @Test
    void theApiIsDocumented() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['/api/v1/referrals']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/referrals/{id}/transitions']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/referrals/inbox']").exists());
        mvc.perform(get("/api/v1/referrals/consent-text").with(user(world.sender)))
                .andExpect(jsonPath("$.version").value(world.consentVersion))
                .andExpect(header().doesNotExist("Location"));
    }

    private ResultActions post(StielUser who, String path, String json) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json)
                .with(user(who))
                .with(csrf()));
    }

    private String body(boolean consent) {
        String base = """
                "recipientPartnerId": "%s", "contactName": "Api-gezin", "contactEmail": "gezin@example.org",
                "preferredContact": "EMAIL", "lifeDomain": "HOUSING", "need": "Zoekt een woning", "urgency": "HIGH"
                """.formatted(world.recipientPartner);
        String consentFields = """
                , "consentGivenBy": "Papa", "consentGivenOn": "2026-01-05", "consentMethod": "WRITTEN",
                "consentPurpose": "Woonvraag", "consentTextVersion": %d
                """.formatted(world.consentVersion);
        return "{" + base + (consent ? consentFields : "") + "}";
    }

    private long count() {
        return jdbc.sql("select count(*) from referral where network_id = ?")
                .param(world.network.value())
                .query(Long.class)
                .single();
    }

    private long notifications() {
        return jdbc.sql("select count(*) from referral_notification where network_id = ?")
                .param(world.network.value())
                .query(Long.class)
                .single();
    }

    private long reads(String id) {
        return jdbc.sql("select count(*) from referral_access where referral_id = ?")
                .param(UUID.fromString(id))
                .query(Long.class)
                .single();
    }

    /** The referral's row and steps as stored. */
    private List<Map<String, Object>> snapshot(String id) {
        var rows = new java.util.ArrayList<>(jdbc.sql("select * from referral where id = ?")
                .param(UUID.fromString(id))
                .query()
                .listOfRows());
        rows.addAll(jdbc.sql("select * from referral_step where referral_id = ? order by position")
                .param(UUID.fromString(id))
                .query()
                .listOfRows());
        return rows;
    }
}
