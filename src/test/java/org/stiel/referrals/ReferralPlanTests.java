package org.stiel.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.Cursor;
import org.stiel.platform.Paging;

/**
 * On a few thousand referrals of one network, the inbox (each tab, the colleague's and the service's filter) and the
 * sent list read their page from their index, in order, and never scan the referral table.
 */
@StielTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralPlanTests {

    @Autowired
    Referrals referrals;

    @Autowired
    InboxQueries queries;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    ReferralWorld world;
    UUID network;
    UUID recipient;
    UUID sender;

    @BeforeAll
    void manyReferrals() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
        network = world.network.value();
        recipient = world.recipientPartner.value();
        sender = world.senderPartner.value();
        // 4,000 referrals over every status (reminded already: the reminder job other tests run leaves them alone), two
        // thirds of them from the sender to the recipient, over two years
        jdbc.sql("""
                        insert into referral (id, network_id, sender_partner_id, recipient_partner_id, offer_id, status,
                                              created_by, assigned_to, preferred_contact, life_domain, urgency,
                                              created_at, sent_at, reminded_unopened_at, reminded_unanswered_at)
                        select gen_random_uuid(), :network,
                               case when i % 3 = 0 then :third else :sender end,
                               case when i % 3 = 0 then :sender else :recipient end,
                               case when i % 4 = 0 then gen_random_uuid() end,
                               (array['DRAFT', 'SENT', 'OPENED', 'ACCEPTED', 'IN_CONTACT', 'DECLINED', 'CLOSED',
                                      'CANCELLED', 'WITHDRAWN'])[1 + i % 9],
                               gen_random_uuid(), case when i % 5 = 0 then :me end, 'PHONE', 'HEALTH', 'NORMAL',
                               timestamptz '2024-01-01' + i * interval '4 hours',
                               case when i % 9 <> 0 then timestamptz '2024-01-01' + i * interval '4 hours' end,
                               now(), now()
                        from generate_series(1, 4000) as i
                        """)
                .param("network", network)
                .param("sender", sender)
                .param("recipient", recipient)
                .param("third", world.thirdPartner.value())
                .param("me", world.recipient.id().value())
                .update();
        jdbc.sql("analyze referral").update();
    }

    @Test
    void everyInboxTabReadsItsIndexInOrder() {
        var after = new Paging(Cursor.of("2025-01-01T00:00:00Z", UUID.randomUUID()), 25);
        for (Box box : Box.values()) {
            for (Paging paging : List.of(Paging.first(), after)) {
                assertThat(plan(queries.receivedQuery(network, recipient, box, null, null, paging)))
                        .as("inbox " + box)
                        .contains("referral_inbox_idx")
                        .doesNotContain("Seq Scan on referral")
                        .doesNotContain("Sort");
                assertThat(plan(queries.sentQuery(network, sender, box, paging)))
                        .as("sent " + box)
                        .contains("referral_sent_idx")
                        .doesNotContain("Seq Scan on referral")
                        .doesNotContain("Sort");
            }
            assertThat(plan(queries.receivedQuery(
                            network, recipient, box, world.recipient.id().value(), null, Paging.first())))
                    .as("assigned to me, " + box)
                    .contains("referral_inbox_assignee_idx")
                    .doesNotContain("Seq Scan on referral");
            assertThat(plan(queries.receivedQuery(network, recipient, box, null, UUID.randomUUID(), Paging.first())))
                    .as("one service, " + box)
                    .contains("referral_inbox_service_idx")
                    .doesNotContain("Seq Scan on referral");
        }
        assertThat(plan(queries.receivedQuery(network, recipient, null, null, null, Paging.first())))
                .as("all tabs")
                .contains("referral_inbox_all_idx")
                .doesNotContain("Seq Scan on referral")
                .doesNotContain("Sort");
        assertThat(plan(queries.sentQuery(network, sender, null, Paging.first())))
                .as("all sent")
                .contains("referral_sent_all_idx")
                .doesNotContain("Seq Scan on referral")
                .doesNotContain("Sort");
    }

    @Test
    void theQueriesAnswerWhatTheFacadeShows() {
        var page = queries.received(network, recipient, Box.CLOSED, null, null, Paging.first());
        assertThat(page).hasSize(26);
        assertThat(page)
                .allMatch(row -> row.status().terminal() && row.recipient().equals(recipient));
        assertThat(queries.counts(network, recipient).values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(jdbc.sql("select count(*) from referral where network_id = ? and recipient_partner_id = ?"
                                + " and status <> 'DRAFT'")
                        .params(network, recipient)
                        .query(Integer.class)
                        .single());
    }

    private String plan(InboxQueries.Query query) {
        return String.join(
                "\n",
                jdbc.sql("explain " + query.sql())
                        .params(query.params())
                        .query(String.class)
                        .list());
    }
}
