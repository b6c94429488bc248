package org.stiel.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stiel.StielTest;
import org.stiel.TestMails;
import org.stiel.TestNetworks;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.mail.Mailer;

/** Invitations through a real SMTP server (GreenMail, in-process); a Spring context of its own. */
@StielTest
class InvitationMailSmtpTests {

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
    Invitations invitations;

    @Autowired
    Accounts accounts;

    @Autowired
    Networks networks;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theInvitationArrivesWithTheLinkAndNobodyElsesData() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var mails = new TestMails(jdbc);
        var network = fixtures.network("smtp").id();
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR, "Sara Sender");
        String email = TestNetworks.email("smtp");

        invitations.invite(coordinator, email, NetworkRole.VOLUNTEER, Optional.empty());

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> find(email).isPresent());
        MimeMessage mail = find(email).orElseThrow();
        String body = GreenMailUtil.getBody(mail);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        assertThat(body).contains("http://localhost/invitations/");
        assertThat(body + mail.getSubject())
                .doesNotContain("Sara")
                .doesNotContain("Sender")
                .doesNotContain(coordinator.email());
        String token = TestMails.token(body.replace("=\r\n", ""), "/invitations/");
        assertThat(invitations.find(token)).isPresent();
        assertThat(mails.lastMailTo(email))
                .as("no copy in the development outbox")
                .isEmpty();
    }

    @Test
    void thePlatformSendsThroughSmtpWhenAHostIsSet(@Autowired Mailer mailer) {
        assertThat(org.springframework.aop.support.AopUtils.getTargetClass(mailer)
                        .getSimpleName())
                .isEqualTo("SmtpMailer");
    }

    private static Optional<MimeMessage> find(String email) {
        return Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(email));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .findFirst();
    }
}
