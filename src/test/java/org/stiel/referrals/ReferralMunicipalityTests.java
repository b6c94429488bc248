package org.stiel.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.network.InventedPlace;
import org.stiel.network.NetworkId;
import org.stiel.network.NetworkView.MunicipalityView;
import org.stiel.network.Networks;
import org.stiel.network.Places;
import org.stiel.partners.Partners;
import org.stiel.platform.RuleViolation;

/** The family's municipality on a referral: one of the network's, by its NIS code, on the form, the API and the view. */
@StielTest
class ReferralMunicipalityTests {

    static final String FIRST = "99811";
    static final String SECOND = "99812";

    /** Gives the test network's municipalities "Eerste" and "Tweede" invented NIS codes. */
    static void codes(Places places, JdbcClient jdbc, NetworkId network) {
        places.defineInvented(new InventedPlace(FIRST, "Eerste (test)", List.of()));
        places.defineInvented(new InventedPlace(SECOND, "Tweede (test)", List.of()));
        for (var code : List.of(List.of(FIRST, "Eerste"), List.of(SECOND, "Tweede"))) {
            jdbc.sql("update municipality set nis_code = ? where network_id = ? and name = ?")
                    .params(code.get(0), network.value(), code.get(1))
                    .update();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Referrals referrals;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Places places;

    @Autowired
    JdbcClient jdbc;

    ReferralWorld world;

    @BeforeEach
    void world() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
        codes(places, jdbc, world.network);
    }

    @Test
    void aReferralKeepsTheFamilysMunicipalityAndShowsItsName() {
        assertThat(referrals.municipalities(world.sender))
                .extracting(MunicipalityView::nisCode, MunicipalityView::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(FIRST, "Eerste"),
                        org.assertj.core.groups.Tuple.tuple(SECOND, "Tweede"));
        var form = world.form();
        form.setMunicipalityNis(SECOND);
        var view = referrals.read(world.recipient, referrals.create(world.sender, form, true), false);
        assertThat(view.municipalityNis()).isEqualTo(SECOND);
        assertThat(view.municipalityName()).isEqualTo("Tweede");

        var without = world.form();
        without.setMunicipalityNis(" ");
        var unknown = referrals.read(world.recipient, referrals.create(world.sender, without, true), false);
        assertThat(unknown.municipalityNis()).isNull();
    }

    @Test
    void aCodeOfAnotherNetworkIsRefusedOnItsFieldAndNothingIsWritten() {
        var other = new ReferralWorld(networks, accounts, partners, referrals);
        jdbc.sql("update municipality set nis_code = null where network_id = ? and name = 'Tweede'")
                .param(world.network.value())
                .update();
        codes(places, jdbc, other.network);
        var form = world.form();
        form.setMunicipalityNis(SECOND);

        assertThatThrownBy(() -> referrals.create(world.sender, form, true))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.field()).contains("municipalityNis"));
        assertThat(count()).isZero();
    }

    @Test
    void theApiTakesTheCodeAndRefusesAnUnknownOneWith422() throws Exception {
        mvc.perform(post("/api/v1/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("99899"))
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("municipalityNis"))
                .andExpect(jsonPath("$.detail").value("Kies een gemeente van het netwerk."));
        assertThat(count()).isZero();

        mvc.perform(post("/api/v1/referrals")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(FIRST))
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.municipalityNis").value(FIRST))
                .andExpect(jsonPath("$.municipalityName").value("Eerste"));
        mvc.perform(get("/api/v1/referrals/municipalities").with(user(world.sender)))
                .andExpect(jsonPath("$[0].nisCode").value(FIRST))
                .andExpect(jsonPath("$[1].nisCode").value(SECOND));
    }

    @Test
    void theFormOffersTheNetworksMunicipalitiesAndSaysWhenOneIsNot() throws Exception {
        String form = mvc.perform(get("/referrals/new").with(user(world.sender)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form).contains("id=\"municipalityNis\"").contains("value=\"" + FIRST + "\"");

        String page = mvc.perform(post("/referrals")
                        .param("recipientPartnerId", world.recipientPartner.toString())
                        .param("contactName", "Vormgezin")
                        .param("preferredContact", "THROUGH_REFERRER")
                        .param("lifeDomain", "HEALTH")
                        .param("need", "Vraag")
                        .param("urgency", "NORMAL")
                        .param("municipalityNis", "99899")
                        .param("intent", "draft")
                        .with(user(world.sender))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"municipalityNis-error\"");
        assertThat(count()).isZero();
    }

    private String body(String nisCode) {
        return """
                {"recipientPartnerId": "%s", "contactName": "Api-gezin", "preferredContact": "THROUGH_REFERRER",
                 "lifeDomain": "HOUSING", "need": "Zoekt een woning", "urgency": "HIGH", "municipalityNis": "%s"}
                """.formatted(world.recipientPartner, nisCode);
    }

    private long count() {
        return jdbc.sql("select count(*) from referral where network_id = ?")
                .param(world.network.value())
                .query(Long.class)
                .single();
    }
}
