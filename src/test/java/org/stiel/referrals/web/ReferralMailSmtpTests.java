package org.stiel.referrals.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stiel.StielTest;
import org.stiel.accounts.Accounts;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.referrals.DeclineReason;
import org.stiel.referrals.ReferralAction;
import org.stiel.referrals.ReferralAnswer;
import org.stiel.referrals.ReferralWorld;
import org.stiel.referrals.Referrals;

/** Referral mails through a real SMTP server (GreenMail): a link, and nothing about the family. */
@StielTest
class ReferralMailSmtpTests {

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
    Referrals referrals;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Test
    void mailsCarryALinkAndNoFamilyData() throws Exception {
        var world = new ReferralWorld(networks, accounts, partners, referrals);
        var form = world.form();
        form.setContactEmail("familie-geheim@example.org");
        var id = referrals.create(world.sender, form, true);
        referrals.read(world.recipient, id, false);
        referrals.act(
                world.recipient,
                id,
                new ReferralAnswer(ReferralAction.DECLINE, DeclineReason.NO_CAPACITY, null, "Geheime toelichting"));

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> to(world.recipientColleague.email()).size() == 1
                        && to(world.sender.email()).size() == 1);
        for (String email : List.of(world.recipient.email(), world.recipientColleague.email(), world.sender.email())) {
            MimeMessage mail = to(email).get(0);
            String text = (mail.getSubject() + GreenMailUtil.getBody(mail)).replace("=\r\n", "");
            assertThat(text).contains("http://localhost/referrals/" + id);
            assertThat(text)
                    .doesNotContain(form.getContactName())
                    .doesNotContain("0470")
                    .doesNotContain("familie-geheim")
                    .doesNotContain("Geheime")
                    .doesNotContain("Mama")
                    .doesNotContain("Contact over opvang")
                    .doesNotContain(world.sender.displayName());
            assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(email);
        }
        assertThat(to(world.third.email())).isEmpty();
        assertThat(to("familie-geheim@example.org"))
                .as("the family is not mailed")
                .isEmpty();
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
