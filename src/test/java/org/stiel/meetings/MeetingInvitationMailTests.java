package org.stiel.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.stiel.StielTest;
import org.stiel.TestNetworks;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.NetworkRole;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;

/**
 * Invitations through a real SMTP server (GreenMail): every invited member gets a mail with a link and an
 * {@code .ics} request that ical4j reads back, in Brussels time, with a UID that stays the same for the meeting and no
 * address but the recipient's own.
 */
@StielTest
class MeetingInvitationMailTests {

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
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    Hosts hosts;

    @Autowired
    Meetings meetings;

    @Test
    void everyInviteeGetsACalendarRequestForTheMeeting() throws Exception {
        var fixtures = new TestNetworks(networks, accounts, partners);
        var network = fixtures.network("uitnodiging").id();
        var host = fixtures.partner(network, TestNetworks.unique("Gastpartner"), "Ontvangt.");
        String key = Hosts.key("9990", "Dorpsstraat 1");
        hosts.setCapacities(Actor.system(network, "Test"), host, Map.of(key, 30));
        var coordinator = fixtures.member(network, NetworkRole.COORDINATOR);
        var staff = fixtures.member(network, NetworkRole.PARTNER_STAFF, host);
        var form = new MeetingForm();
        form.setTitle("Netwerkoverleg juni");
        form.setDate(LocalDate.of(2031, 6, 10));
        form.setStartTime(LocalTime.of(9, 30));
        form.setEndTime(LocalTime.of(12, 0));
        form.setVenue(MeetingForm.venue(host.value(), key));
        var id = meetings.create(coordinator, form);

        assertThat(meetings.sendInvitations(coordinator, id)).isEqualTo(2);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        to(coordinator.email()).size() == 1 && to(staff.email()).size() == 1);
        // a member who joins the network after the meeting was planned is invited when invitations go out again
        var newcomer = fixtures.member(network, NetworkRole.STEERING_GROUP);
        assertThat(meetings.sendInvitations(coordinator, id)).isEqualTo(3);
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() ->
                        to(staff.email()).size() == 2 && to(newcomer.email()).size() == 1);

        for (var me : List.of(coordinator, staff)) {
            var other = me == coordinator ? staff : coordinator;
            List<String> uids = new ArrayList<>();
            for (MimeMessage mail : to(me.email())) {
                assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly(me.email());
                String text = text(mail);
                assertThat(text).contains("/meetings/" + id.value());
                String ics = attachment(mail);
                assertThat(text + ics).doesNotContain(other.email()).doesNotContain(other.displayName());
                Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
                assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue())
                        .isEqualTo("REQUEST");
                VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
                DtStart<ZonedDateTime> start = event.getDateTimeStart();
                assertThat(start.getDate())
                        .isEqualTo(ZonedDateTime.of(2031, 6, 10, 9, 30, 0, 0, ZoneId.of("Europe/Brussels")));
                assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Brussels");
                assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue())
                        .isEqualTo("Dorpsstraat 1, 9990 Eerste");
                List<Property> attendees = event.getProperties(Property.ATTENDEE);
                assertThat(attendees.stream().map(Property::getValue).toList()).containsExactly("mailto:" + me.email());
                uids.add(event.getProperty(Property.UID).orElseThrow().getValue());
            }
            assertThat(uids).isNotEmpty().allMatch(("meeting-" + id.value() + "@stiel")::equals);
        }
        assertThat(meetings.get(network, id).invitationsSentAt()).isPresent();
    }

    private static String text(MimeMessage mail) throws Exception {
        var multipart = (Multipart) mail.getContent();
        var out = new StringBuilder(mail.getSubject());
        collect(multipart, out, false);
        return out.toString();
    }

    private static String attachment(MimeMessage mail) throws Exception {
        var out = new StringBuilder();
        collect((Multipart) mail.getContent(), out, true);
        return out.toString();
    }

    private static void collect(Multipart multipart, StringBuilder out, boolean attachments) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart nested) {
                collect(nested, out, attachments);
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) == attachments) {
                var bytes = new ByteArrayOutputStream();
                part.getInputStream().transferTo(bytes);
                out.append(bytes.toString(StandardCharsets.UTF_8));
            }
        }
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
