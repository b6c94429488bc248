package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;
import org.stiel.StielModuleTest;
import org.stiel.governance.AgreementId;
import org.stiel.governance.AgreementRenewed;
import org.stiel.governance.AgreementSigned;
import org.stiel.governance.BodyChanged;
import org.stiel.governance.BodyId;
import org.stiel.governance.DecisionId;
import org.stiel.governance.DecisionRecorded;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;

/**
 * Decisions, bodies and agreements make lines in their own network's feed; of an agreement only that the partner
 * signed or renewed it, under the partner's name and linking to the partner, never to the agreement.
 */
@StielModuleTest
class GovernanceFeedListenerTests {

    @Autowired
    Networks networks;

    @Autowired
    Feed feed;

    @Autowired
    JdbcClient jdbc;

    @Test
    void decisionsBodiesAndAgreementsShowInTheirNetworkOnly(Scenario scenario) {
        var fixtures = new FeedFixtures(networks, feed);
        var network = fixtures.network();
        var elsewhere = fixtures.network();
        var decision = new DecisionId(UUID.randomUUID());
        var body = new BodyId(UUID.randomUUID());
        var partner = new PartnerId(UUID.randomUUID());
        var agreement = new AgreementId(UUID.randomUUID());
        var at = Instant.parse("2026-11-04T09:00:00Z");
        var day = LocalDate.parse("2026-11-04");

        scenario.stimulate((tx, events) -> {
                    tx.executeWithoutResult(status -> {
                        events.publishEvent(new DecisionRecorded(network, decision, body, "Budget 2027", day, at));
                        events.publishEvent(new BodyChanged(
                                network,
                                body,
                                "Stuurgroep",
                                BodyChanged.Change.MEMBER_JOINED,
                                partner,
                                at.plusSeconds(1)));
                        events.publishEvent(new AgreementSigned(
                                network, agreement, partner, "De Speelvogel", day, at.plusSeconds(2)));
                        events.publishEvent(new AgreementRenewed(
                                network, agreement, partner, "De Speelvogel", day.plusYears(2), at.plusSeconds(3)));
                    });
                })
                .andWaitForStateChange(() -> FeedFixtures.allDelivered(jdbc))
                .andVerify(delivered -> assertThat(fixtures.entries(network))
                        .extracting(FeedEntry::subjectType, FeedEntry::action, FeedEntry::subjectName, FeedEntry::path)
                        .containsExactly(
                                tuple(FeedEntry.AGREEMENT, "RENEWED", "De Speelvogel", "/partners/" + partner.value()),
                                tuple(FeedEntry.AGREEMENT, "SIGNED", "De Speelvogel", "/partners/" + partner.value()),
                                tuple(
                                        FeedEntry.BODY,
                                        "MEMBER_JOINED",
                                        "Stuurgroep",
                                        "/governance/bodies/" + body.value()),
                                tuple(
                                        FeedEntry.DECISION,
                                        FeedEntry.CREATED,
                                        "Budget 2027",
                                        "/governance/decisions/" + decision.value())));
        assertThat(fixtures.entries(elsewhere)).isEmpty();
    }
}
