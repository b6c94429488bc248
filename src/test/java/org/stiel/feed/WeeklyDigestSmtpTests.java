package org.stiel.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.DigestSubscriptions;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.mail.Notifications;

/**
 * The weekly digest through a real SMTP server (GreenMail, in-process): a member who ticked it on their account page
 * gets one mail of counts and links, one who did not gets none, and a second run in the same week sends nothing.
 */
@StielTest
class WeeklyDigestSmtpTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    DigestSubscriptions subscriptions;

    @Autowired
    Feed feed;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Notifications notifications;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anOptedInMemberGetsOneMailOfLinksAWeekAndAnotherNone() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("digest").id();
        var reader = fixtures.member(network, NetworkRole.COORDINATOR, "Rita Lezer");
        String secret = TestNetworks.unique("Geheime partner");
        var partner = fixtures.partner(network, secret, "Iets wat iemand typte.");
        var quiet = fixtures.member(network, NetworkRole.PARTNER_STAFF, partner);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !feed.latest(network, 5).isEmpty());

        // the reader ticks the digest on their account page; the other member leaves it off
        mvc.perform(post("/account/digest")
                        .param("networks", network.value().toString())
                        .with(user(reader))
                        .with(csrf()))
                .andExpect(redirectedUrl("/account"));
        assertThat(mvc.perform(get("/account").with(user(reader)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .containsPattern("value=\"" + network.value() + "\"\\s+checked");
        assertThat(subscriptions.recipients(network)).containsExactly(reader.email());

        LocalDate nextMonday = LocalDate.now(BRUSSELS).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        var monday = job(nextMonday);
        assertThat(monday.send()).isGreaterThanOrEqualTo(1);

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> !to(reader.email()).isEmpty());
        MimeMessage mail = to(reader.email()).getFirst();
        String text = (mail.getSubject() + GreenMailUtil.getBody(mail)).replace("=\r\n", "");
        assertThat(text)
                .contains("1 (" + notifications.link("/partners") + ")")
                .contains(notifications.link("/feed"))
                .contains(notifications.link("/account"))
                .doesNotContain(secret)
                .doesNotContain("Iets wat iemand typte")
                .doesNotContain("Rita")
                .doesNotContain(quiet.displayName());

        // a second run the same morning, or later that week (a restart, another instance): nothing more
        var later = job(nextMonday.plusDays(6));
        assertThat(later.send()).isZero();
        assertThat(monday.send()).isZero();
        assertThat(to(reader.email())).hasSize(1);
        assertThat(to(quiet.email())).isEmpty();

        // ticking it off ends it
        mvc.perform(post("/account/digest").with(user(reader)).with(csrf())).andExpect(redirectedUrl("/account"));
        assertThat(subscriptions.recipients(network)).isEmpty();
    }

    private WeeklyDigest job(LocalDate day) {
        var clock = Clock.fixed(day.atTime(7, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);
        return new WeeklyDigest(networks, subscriptions, feed, jdbc, notifications, clock, transactions);
    }

    private static List<MimeMessage> to(String email) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(email));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }
}
