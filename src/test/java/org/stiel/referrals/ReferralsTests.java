package org.stiel.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stiel.StielTest;
import org.stiel.TestMails;
import org.stiel.accounts.Accounts;
import org.stiel.network.Networks;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;

/** The referral's life through the facade: consent gate, steps, who sees what, access log, erasure, jobs. */
@StielTest
class ReferralsTests {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Autowired
    Referrals referrals;

    @Autowired
    ReferralInbox inbox;

    @Autowired
    SubjectAccess subjectAccess;

    @Autowired
    ReferralNumbers numbers;

    @Autowired
    ReferralRepository repository;

    @Autowired
    ReferralNotifier notifier;

    @Autowired
    Networks networks;

    @Autowired
    Accounts accounts;

    @Autowired
    Partners partners;

    @Autowired
    JdbcClient jdbc;

    ReferralWorld world;

    @BeforeEach
    void world() {
        world = new ReferralWorld(networks, accounts, partners, referrals);
    }

    @Test
    void aReferralGoesFromSentToClosedAndTheSenderSeesTheOutcome() {
        var id = world.sent();
        var opened = referrals.read(world.recipient, id, false);
        assertThat(opened.status()).isEqualTo(ReferralStatus.OPENED);
        assertThat(opened.family().need()).isEqualTo("Geheime vraag van het gezin over opvang");
        assertThat(opened.consent().textVersion()).isEqualTo(world.consentVersion);

        referrals.act(world.recipient, id, ReferralAnswer.of(ReferralAction.ACCEPT));
        referrals.act(world.recipient, id, ReferralAnswer.of(ReferralAction.START_CONTACT));
        referrals.act(
                world.recipient,
                id,
                new ReferralAnswer(ReferralAction.CLOSE, null, Outcome.GOT_HELP, "Het gezin komt langs."));

        var seen = referrals.read(world.sender, id, false);
        assertThat(seen.status()).isEqualTo(ReferralStatus.CLOSED);
        assertThat(seen.outcome()).isEqualTo(Outcome.GOT_HELP);
        assertThat(seen.outcomeNote()).isEqualTo("Het gezin komt langs.");
        assertThat(seen.steps())
                .extracting(ReferralView.Step::status)
                .containsExactly(
                        ReferralStatus.DRAFT,
                        ReferralStatus.SENT,
                        ReferralStatus.OPENED,
                        ReferralStatus.ACCEPTED,
                        ReferralStatus.IN_CONTACT,
                        ReferralStatus.CLOSED);
        assertThat(seen.steps()).allSatisfy(step -> assertThat(step.actorName()).isNotBlank());
        assertThat(inbox.sent(world.sender, Box.CLOSED, Paging.first(100)).items())
                .extracting(ReferralLine::id)
                .contains(id);
    }

    @Test
    void withoutConsentNothingIsSent() {
        var form = world.form();
        form.setConsentGivenBy(null);

        assertThatThrownBy(() -> referrals.create(world.sender, form, true))
                .isInstanceOf(ConsentMissingException.class);
        var draft = referrals.create(world.sender, form, false);
        assertThatThrownBy(() -> referrals.send(world.sender, draft)).isInstanceOf(ConsentMissingException.class);

        assertThat(referrals.read(world.sender, draft, false).status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(inbox.received(world.recipient, null, false, null, Paging.first(100))
                        .items())
                .isEmpty();
    }

    @Test
    void onlyStaffOfTheTwoPartnersSeeTheFamily() {
        var id = world.sent();
        assertThatThrownBy(() -> referrals.read(world.third, id, false)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> referrals.read(world.coordinator, id, false)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> referrals.read(world.steering, id, false)).isInstanceOf(ForbiddenException.class);
        var stranger = new ReferralWorld(networks, accounts, partners, referrals);
        assertThatThrownBy(() -> referrals.read(stranger.coordinator, id, false))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.read(stranger.sender, id, false)).isInstanceOf(NotFoundException.class);
        // a draft does not exist for the recipient yet
        var draft = world.draft();
        assertThatThrownBy(() -> referrals.read(world.recipient, draft, false)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void everyReadIsLoggedWithWhoAndWhen() {
        var id = world.sent();
        referrals.read(world.recipient, id, false);
        referrals.read(world.recipientColleague, id, true);
        referrals.read(world.sender, id, false);

        var log = referrals.accessLog(world.sender, id, Paging.first(100)).items();
        assertThat(log)
                .extracting(AccessEntry::userName, AccessEntry::purpose)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(world.recipient.displayName(), "PAGE"),
                        org.assertj.core.groups.Tuple.tuple(world.recipientColleague.displayName(), "API"),
                        org.assertj.core.groups.Tuple.tuple(world.sender.displayName(), "PAGE"));
        assertThat(log).allSatisfy(entry -> assertThat(entry.at()).isNotNull());
        assertThat(log.get(0).partnerName()).startsWith("Ontvanger");
        // reading the log and the lists is not a read of the family's details
        inbox.received(world.recipient, null, false, null, Paging.first(100)).items();
        assertThat(referrals.accessLog(world.recipient, id, Paging.first(100)).items())
                .hasSize(3);
    }

    @Test
    void withdrawingConsentStopsTheReferralAndHidesTheFamily() {
        var id = world.sent();
        referrals.read(world.recipient, id, false);
        referrals.act(world.recipient, id, ReferralAnswer.of(ReferralAction.ACCEPT));

        referrals.withdrawConsent(world.sender, id);

        for (var reader : new org.stiel.accounts.StielUser[] {world.sender, world.recipient}) {
            var view = referrals.read(reader, id, false);
            assertThat(view.status()).isEqualTo(ReferralStatus.WITHDRAWN);
            assertThat(view.family()).isNull();
            assertThat(view.consent()).isNull();
            assertThat(view.allowed()).isEmpty();
        }
        assertThat(referrals.read(world.sender, id, false).withdrawnAt()).isNotNull();
        assertThatThrownBy(() -> referrals.act(world.recipient, id, ReferralAnswer.of(ReferralAction.START_CONTACT)))
                .isInstanceOf(IllegalTransitionException.class);
        // hidden details are not read: the two reads after the withdrawal are not in the log
        assertThat(referrals.accessLog(world.sender, id, Paging.first(100)).items())
                .hasSize(1);
    }

    @Test
    void subjectAccessFindsExportsAndErasureKeepsTheNumbers() {
        var form = world.form();
        String name = form.getContactName();
        String email = form.getContactEmail();
        var first = referrals.create(world.sender, form, true);
        var other = world.form();
        other.setContactName("Iemand anders");
        var second = referrals.create(world.sender, other, true);
        referrals.read(world.recipient, first, false);
        referrals.act(
                world.recipient,
                first,
                new ReferralAnswer(ReferralAction.DECLINE, DeclineReason.NO_CAPACITY, null, null));

        var report = subjectAccess.report(world.recipient, " " + email.toUpperCase() + " ");
        assertThat(report.referrals()).hasSize(1);
        assertThat(report.referrals().get(0).referral().family().contactName()).isEqualTo(name);
        assertThat(report.referrals().get(0).accessLog())
                .extracting(AccessEntry::purpose)
                .contains("PAGE", "SUBJECT_ACCESS");
        assertThat(subjectAccess.report(world.third, email).referrals())
                .as("another partner holds nothing")
                .isEmpty();
        assertThat(subjectAccess.report(world.sender, "0470123456").referrals()).hasSize(2);

        int statsBefore = numbers.statistics(world.coordinator).total();
        assertThat(subjectAccess.erase(world.sender, name))
                .as("a name identifies nobody")
                .isZero();
        assertThat(subjectAccess.erase(world.sender, email)).isEqualTo(1);

        var erased = referrals.read(world.sender, first, false);
        assertThat(erased.family()).isNull();
        assertThat(erased.pseudonym()).startsWith("G-");
        assertThat(erased.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(erased.steps()).hasSize(4);
        assertThat(referrals.accessLog(world.sender, first, Paging.first(100)).items())
                .isNotEmpty();
        assertThat(jdbc.sql(
                                "select count(*) from referral where id = ? and (contact_name is not null or need is not null"
                                        + " or contact_phone is not null or consent_given_by is not null)")
                        .param(first.value())
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(numbers.statistics(world.coordinator).total()).isEqualTo(statsBefore);
        assertThat(numbers.statistics(world.coordinator).declineReasons()).containsEntry(DeclineReason.NO_CAPACITY, 1);
        assertThat(referrals.read(world.sender, second, false).family()).isNotNull();
        assertThat(subjectAccess.report(world.sender, email).referrals()).isEmpty();
    }

    @Test
    void subjectAccessTellsFamiliesWithTheSameFirstNameApart() {
        var ours = world.form();
        ours.setContactName("Sara");
        ours.setContactPhone(null);
        ours.setPreferredContact(PreferredContact.EMAIL);
        var id = referrals.create(world.sender, ours, true);
        var theirs = world.form();
        theirs.setContactName("Sara");
        theirs.setContactPhone(null);
        theirs.setPreferredContact(PreferredContact.EMAIL);
        var other = referrals.create(world.sender, theirs, true);

        var report = subjectAccess.report(world.sender, ours.getContactEmail());
        assertThat(report.referrals()).extracting(e -> e.referral().id()).containsExactly(id);
        assertThat(report.referrals().get(0).referral().family().contactEmail()).isEqualTo(ours.getContactEmail());
        assertThat(subjectAccess.report(world.sender, "Sara").referrals())
                .as("a first name finds no one")
                .isEmpty();
        assertThat(subjectAccess.report(world.sender, "0470").referrals())
                .as("too few digits")
                .isEmpty();

        assertThat(subjectAccess.erase(world.sender, "sara")).isZero();
        assertThat(subjectAccess.erase(world.sender, ours.getContactEmail())).isEqualTo(1);
        assertThat(referrals.read(world.sender, id, false).family()).isNull();
        assertThat(referrals.read(world.sender, other, false).family().contactEmail())
                .as("the other Sara keeps her referral")
                .isEqualTo(theirs.getContactEmail());
    }

    @Test
    void theRecipientsSubjectAccessAndErasureDoNotSeeTheSendersDrafts() {
        var form = world.form();
        var draft = referrals.create(world.sender, form, false);
        var sent = referrals.create(world.sender, world.form(), true);

        for (String query : new String[] {form.getContactEmail(), form.getContactPhone()}) {
            assertThat(subjectAccess.report(world.recipient, query).referrals())
                    .extracting(e -> e.referral().id())
                    .as("a draft does not exist for the recipient: " + query)
                    .doesNotContain(draft);
        }
        assertThat(subjectAccess.report(world.recipient, form.getContactPhone()).referrals())
                .extracting(e -> e.referral().id())
                .containsExactly(sent);
        assertThat(subjectAccess.erase(world.recipient, form.getContactEmail())).isZero();
        assertThat(referrals.read(world.sender, draft, false).family())
                .as("the recipient cannot erase the sender's draft")
                .isNotNull();
        assertThat(jdbc.sql("select count(*) from referral_access where referral_id = ?")
                        .param(draft.value())
                        .query(Integer.class)
                        .single())
                .as("only the sender's own read is logged")
                .isEqualTo(1);
        assertThat(subjectAccess.report(world.sender, form.getContactEmail()).referrals())
                .extracting(e -> e.referral().id())
                .containsExactly(draft);
    }

    @Test
    void theCoordinatorGetsNumbersWithoutNames() {
        var id = world.sent();
        referrals.read(world.recipient, id, false);
        referrals.act(world.recipient, id, ReferralAnswer.of(ReferralAction.ACCEPT));
        world.draft();

        var stats = numbers.statistics(world.coordinator);
        assertThat(stats.total()).isEqualTo(1);
        assertThat(stats.byStatus()).containsEntry(ReferralStatus.ACCEPTED, 1);
        assertThat(stats.byLifeDomain()).containsEntry(org.stiel.network.LifeDomain.CHILDCARE, 1);
        assertThat(stats.flows()).hasSize(1);
        assertThat(stats.medianHoursToAccept()).isNotNull();
        assertThat(stats.toString()).doesNotContain("Zoë").doesNotContain("Geheime");
        assertThatThrownBy(() -> numbers.statistics(world.sender)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void notificationsReachTheOtherSideWithALinkOnly() {
        var id = world.sent();
        var mails = new TestMails(jdbc);
        assertThat(inbox.latestNotices(world.recipient))
                .extracting(ReferralNotice::referral, ReferralNotice::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, ReferralNotice.NoticeKind.RECEIVED));
        String mail = mails.lastMailTo(world.recipientColleague.email()).orElseThrow();
        assertThat(mail)
                .contains("http://localhost/referrals/" + id)
                .doesNotContain("Zoë")
                .doesNotContain("0470");
        assertThat(mails.lastMailTo(world.third.email())).isEmpty();

        referrals.read(world.recipient, id, false);
        assertThat(inbox.latestNotices(world.recipient)).isEmpty();
        referrals.act(world.recipient, id, new ReferralAnswer(ReferralAction.DECLINE, DeclineReason.OTHER, null, null));
        assertThat(inbox.latestNotices(world.sender))
                .extracting(ReferralNotice::kind)
                .containsExactly(ReferralNotice.NoticeKind.DECLINED);
    }

    @Test
    void theRecipientAssignsAColleague() {
        var id = world.sent();
        referrals.assign(world.recipient, id, world.recipientColleague.id());
        assertThat(inbox.received(world.recipientColleague, Box.NEW, true, null, Paging.first(100))
                        .items())
                .extracting(ReferralLine::id)
                .containsExactly(id);
        assertThat(inbox.received(world.recipient, Box.NEW, true, null, Paging.first(100))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> referrals.assign(world.recipient, id, world.third.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> referrals.assign(world.sender, id, world.sender.id()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void remindersAfterTwoAndFiveWorkingDaysOnceEach() {
        // sent on Friday 6 November 2026 at 10:00 (Brussels); Wednesday 11 November is a public holiday
        var id = world.sent();
        Instant sent = Instant.parse("2026-11-06T09:00:00Z");
        jdbc.sql("update referral set sent_at = ? where id = ?")
                .params(java.sql.Timestamp.from(sent), id.value())
                .update();
        inbox.markNotificationsRead(world.recipient);

        at("2026-11-10T08:59:00Z").remind();
        assertThat(kinds()).as("Tuesday morning: not yet two working days").isEmpty();
        at("2026-11-10T09:00:00Z").remind();
        assertThat(kinds()).containsExactly(ReferralNotice.NoticeKind.REMINDER_UNOPENED);
        at("2026-11-10T12:00:00Z").remind();
        assertThat(kinds()).as("once").hasSize(1);

        referrals.read(world.recipient, id, false);
        // Mon 9, Tue 10, Thu 12, Fri 13, Mon 16: five working days end Monday 16 at 10:00
        at("2026-11-16T08:00:00Z").remind();
        assertThat(kinds()).isEmpty();
        at("2026-11-16T09:30:00Z").remind();
        assertThat(kinds()).containsExactly(ReferralNotice.NoticeKind.REMINDER_UNANSWERED);
        at("2026-11-20T09:30:00Z").remind();
        assertThat(kinds()).hasSize(1);
    }

    @Test
    void retentionPseudonymisesFinishedReferralsAfterTheConfiguredPeriod() {
        var closed = world.sent();
        referrals.act(world.sender, closed, ReferralAnswer.of(ReferralAction.CANCEL));
        var running = world.sent();
        jdbc.sql("update referral set finished_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.parse("2025-01-10T10:00:00Z")), closed.value())
                .update();
        jdbc.sql("update referral set sent_at = ?, created_at = ? where id = ?")
                .params(
                        java.sql.Timestamp.from(Instant.parse("2024-01-10T10:00:00Z")),
                        java.sql.Timestamp.from(Instant.parse("2024-01-10T10:00:00Z")),
                        running.value())
                .update();

        retention("2026-01-09T10:00:00Z", Period.ofMonths(12)).purge();
        assertThat(referrals.read(world.sender, closed, false).family())
                .as("not yet 12 months")
                .isNotNull();

        retention("2026-01-11T10:00:00Z", Period.ofMonths(12)).purge();
        var after = referrals.read(world.sender, closed, false);
        assertThat(after.family()).isNull();
        assertThat(after.erasedAt()).isNotNull();
        assertThat(after.status()).isEqualTo(ReferralStatus.CANCELLED);
        assertThat(referrals.read(world.sender, running, false).family())
                .as("a running referral is kept")
                .isNotNull();

        // an abandoned draft may hold a family's details without consent: it goes too, once untouched that long
        var oldDraft = world.draft();
        var freshDraft = world.draft();
        for (var draft : new ReferralId[] {oldDraft, freshDraft}) {
            jdbc.sql("update referral_step set at = ? where referral_id = ?")
                    .params(
                            java.sql.Timestamp.from(
                                    Instant.parse(draft == oldDraft ? "2025-01-10T10:00:00Z" : "2025-01-12T10:00:00Z")),
                            draft.value())
                    .update();
            jdbc.sql("update referral set created_at = ? where id = ?")
                    .params(
                            java.sql.Timestamp.from(
                                    Instant.parse(draft == oldDraft ? "2025-01-10T10:00:00Z" : "2025-01-12T10:00:00Z")),
                            draft.value())
                    .update();
        }
        retention("2026-01-11T10:00:00Z", Period.ofMonths(12)).purge();
        var abandoned = referrals.read(world.sender, oldDraft, false);
        assertThat(abandoned.family()).as("a draft untouched for 12 months").isNull();
        assertThat(abandoned.erasedAt()).isNotNull();
        assertThat(abandoned.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(referrals.read(world.sender, freshDraft, false).family())
                .as("a draft of less than 12 months")
                .isNotNull();

        var shorter = world.sent();
        referrals.act(world.sender, shorter, ReferralAnswer.of(ReferralAction.CANCEL));
        // in the past, so that the purge leaves the other tests' (and the demo's) referrals and drafts alone
        jdbc.sql("update referral set finished_at = ? where id = ?")
                .params(java.sql.Timestamp.from(Instant.parse("2025-06-01T10:00:00Z")), shorter.value())
                .update();
        retention("2025-07-15T10:00:00Z", Period.ofMonths(1)).purge();
        assertThat(referrals.read(world.sender, shorter, false).family())
                .as("a configured period")
                .isNull();
    }

    private java.util.List<ReferralNotice.NoticeKind> kinds() {
        return inbox.notifications(world.recipient, Paging.first(100)).items().stream()
                .filter(ReferralNotice::unread)
                .map(ReferralNotice::kind)
                .filter(k -> k != ReferralNotice.NoticeKind.RECEIVED)
                .toList();
    }

    private ReferralReminders at(String instant) {
        return new ReferralReminders(repository, notifier, Clock.fixed(Instant.parse(instant), BRUSSELS));
    }

    private ReferralRetention retention(String instant, Period period) {
        return new ReferralRetention(repository, referrals, Clock.fixed(Instant.parse(instant), BRUSSELS), period);
    }
}
