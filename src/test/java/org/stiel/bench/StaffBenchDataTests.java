package org.stiel.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.stiel.accounts.NetworkRole;
import org.stiel.governance.BodyKind;
import org.stiel.lifecycle.AnswerStatus;
import org.stiel.lifecycle.CollaborationFactor;
import org.stiel.lifecycle.ParticipantRole;
import org.stiel.meetings.Attendance;
import org.stiel.meetings.MeetingKind;
import org.stiel.network.LifeDomain;
import org.stiel.planning.ActionStatus;
import org.stiel.referrals.ConsentMethod;
import org.stiel.referrals.DeclineReason;
import org.stiel.referrals.Outcome;
import org.stiel.referrals.PreferredContact;
import org.stiel.referrals.ReferralAction;
import org.stiel.referrals.ReferralNotice;
import org.stiel.referrals.ReferralSide;
import org.stiel.referrals.ReferralStatus;
import org.stiel.referrals.Urgency;
import org.stiel.referrals.internal.ReferralStateMachine;

/**
 * The staff side of the benchmark's data set at 2 % scale (two networks), on a PostgreSQL of its own with the real
 * migrations: the sizes follow the scale, every value is one the application reads, every referral's steps are a path
 * through the referral lifecycle to its status, and the generated accounts log in with the known password.
 */
class StaffBenchDataTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final double SCALE = 0.02;

    static EmbeddedPostgres postgres;
    static Connection connection;
    static FlandersStaffData.Result result;

    @BeforeAll
    static void generate() throws Exception {
        postgres =
                EmbeddedPostgres.builder().setLocaleConfig("locale", "C.UTF-8").start();
        Flyway.configure()
                .dataSource(postgres.getPostgresDatabase())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        connection = postgres.getPostgresDatabase().getConnection();
        new FlandersData(7, SCALE, TODAY).generate(connection);
        assertThat(FlandersStaffData.present(connection)).isFalse();
        result = new FlandersStaffData(7, SCALE, TODAY).generate(connection);
    }

    @AfterAll
    static void stop() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void sizesFollowTheScale() throws SQLException {
        assertThat(FlandersStaffData.present(connection)).isTrue();
        // 2 % of 2 000 000 referrals, 20 000 accounts, 20 000 actions, 10 000 decisions, 5 000 meetings, 500 000
        // entries
        assertThat(result.rows())
                .containsEntry("referral", 40_000L)
                .containsEntry("app_user", 400L)
                .containsEntry("membership", 400L)
                .containsEntry("planning_action", 400L)
                .containsEntry("governance_decision", 200L)
                .containsEntry("meeting", 100L)
                .containsEntry("feed_entry", 10_000L);
        // five years, two rounds a year, in both networks; 45 questions and at most 30 participants each
        assertThat(count("select count(*) from lifecycle_round")).isEqualTo(20);
        assertThat(count("select count(*) from lifecycle_round_question")).isEqualTo(20 * 45);
        assertThat(count("select max(c) from (select count(*) c from lifecycle_participant group by round_id) x"))
                .isEqualTo(30);
        assertThat(count("select count(*) from lifecycle_answer")).isGreaterThan(20L * 25 * 45 * 8 / 10);
        assertThat(count("select count(*) from survey_factor"))
                .isEqualTo(24 * count("select count(*) from survey_response"));
        // 1-6 steps per referral (the draft, then one per action), about five on average as most are closed
        assertThat(result.rows().get("referral_step")).isBetween(4L * 40_000, 6L * 40_000);
        assertThat(count("select count(*) from referral_access")).isGreaterThan(40_000);
        assertThat(count("select count(*) from referral_notification")).isGreaterThan(2L * 40_000);
    }

    @Test
    void theLargestNetworkAndItsBusiestPartnerHoldTheirShare() throws SQLException {
        int[] sizes = ReferralData.sizes(2, SCALE);
        List<Long> perNetwork = longs("""
                select count(*) from referral r join network n on n.id = r.network_id
                group by n.slug order by split_part(n.slug, '-', 2)::int
                """);
        assertThat(perNetwork).containsExactly((long) sizes[0], (long) sizes[1]);
        assertThat(sizes[0]).isGreaterThan(sizes[1]);
        long largest = sizes[0];
        long busiest = count("""
                select max(c) from (select count(*) c from referral r join network n on n.id = r.network_id
                                    where n.slug like 'bench-1-%' group by recipient_partner_id) x
                """);
        assertThat(busiest).isEqualTo(Math.round(largest * 0.10));
        // the busiest partner has the most staff of its network
        assertThat(count("""
                select count(*) from membership m join network n on n.id = m.network_id
                where n.slug like 'bench-1-%' and m.partner_id = (
                    select recipient_partner_id from referral where network_id = n.id
                    group by recipient_partner_id order by count(*) desc limit 1)
                """)).isEqualTo(count("""
                        select max(c) from (select count(*) c from membership m join network n on n.id = m.network_id
                                            where n.slug like 'bench-1-%' and m.partner_id is not null
                                            group by m.partner_id) x
                        """));
    }

    @Test
    void everyReferralsStepsLeadThroughTheLifecycleToItsStatus() throws SQLException {
        List<String> problems = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select r.id, r.status, r.sent_at, r.opened_at, r.finished_at,
                               array_agg(coalesce(s.action, '-') order by s.position) actions,
                               array_agg(s.status order by s.position) statuses,
                               array_agg(s.position order by s.position) positions,
                               bool_and(s.at >= r.created_at) ordered,
                               max(s.at) filter (where s.action = 'SEND') send_at
                        from referral r join referral_step s on s.referral_id = r.id
                        group by r.id
                        """)) {
            int referrals = 0;
            while (rs.next()) {
                referrals++;
                String id = rs.getString(1);
                var actions = (String[]) rs.getArray("actions").getArray();
                var statuses = (String[]) rs.getArray("statuses").getArray();
                var positions = (Integer[]) rs.getArray("positions").getArray();
                ReferralStatus status = ReferralStatus.DRAFT;
                if (!actions[0].equals("-") || !statuses[0].equals("DRAFT")) {
                    problems.add(id + " does not start with a draft");
                }
                for (int i = 1; i < actions.length; i++) {
                    var action = ReferralAction.valueOf(actions[i]);
                    var from = status;
                    var next = ReferralStateMachine.next(from, action, ReferralSide.SENDER)
                            .or(() -> ReferralStateMachine.next(from, action, ReferralSide.RECIPIENT));
                    if (next.isEmpty() || !next.get().name().equals(statuses[i])) {
                        problems.add(id + ": " + action + " from " + from + " to " + statuses[i]);
                        break;
                    }
                    status = next.get();
                }
                for (int i = 0; i < positions.length; i++) {
                    if (positions[i] != i) {
                        problems.add(id + " has a gap in its steps");
                    }
                }
                if (!status.name().equals(rs.getString("status"))) {
                    problems.add(id + " is " + rs.getString("status") + " after steps to " + status);
                }
                if (!rs.getBoolean("ordered")) {
                    problems.add(id + " has a step before its creation");
                }
                if (!java.util.Objects.equals(rs.getTimestamp("sent_at"), rs.getTimestamp("send_at"))) {
                    problems.add(id + " was sent at another time than its SEND step");
                }
                if ((rs.getTimestamp("finished_at") != null)
                        != (status.ordinal() >= ReferralStatus.DECLINED.ordinal())) {
                    problems.add(id + " is " + status + " with finished_at " + rs.getTimestamp("finished_at"));
                }
            }
            assertThat(referrals).isEqualTo(40_000);
        }
        assertThat(problems).isEmpty();
        // every sent referral carries the family's consent for its recipient, with a consent text of its network
        assertThat(count("""
                select count(*) from referral where status <> 'DRAFT' and (consent_given_on is null
                    or consent_method is null or consent_text_version is null
                    or consent_recipient_id <> recipient_partner_id
                    or (pseudonymised_at is null and (consent_given_by is null or consent_purpose is null)))
                """)).isZero();
        // finished more than a year ago: pseudonymised, as the retention job would have done
        assertThat(count("""
                select count(*) from referral where pseudonymised_at is null
                  and finished_at < timestamptz '2026-12-03 06:00+01' - interval '365 days'
                """)).isZero();
        // the status mix of five years: most referrals are closed, some still new or in progress
        Map<String, Long> byStatus = new java.util.HashMap<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select status, count(*) from referral group by status")) {
            while (rs.next()) {
                byStatus.put(rs.getString(1), rs.getLong(2));
            }
        }
        assertThat(byStatus.get("CLOSED")).isGreaterThan(40_000L * 6 / 10);
        assertThat(byStatus)
                .containsKeys("SENT", "OPENED", "ACCEPTED", "IN_CONTACT", "DECLINED", "CANCELLED", "WITHDRAWN");
        // the assignee and the staff on the steps are staff of the partner in the network
        assertThat(count("""
                select count(*) from referral r where assigned_to is not null and not exists (
                    select 1 from membership m where m.user_id = r.assigned_to and m.network_id = r.network_id
                      and m.partner_id = r.recipient_partner_id)
                """)).isZero();
        assertThat(count("""
                select count(*) from referral_notification n join referral r on r.id = n.referral_id
                where n.partner_id not in (r.sender_partner_id, r.recipient_partner_id) or n.network_id <> r.network_id
                """)).isZero();
    }

    @Test
    void everyValueIsOneTheApplicationReads() throws SQLException {
        strings("select distinct status from referral").forEach(ReferralStatus::valueOf);
        strings("select distinct urgency from referral").forEach(Urgency::valueOf);
        strings("select distinct life_domain from referral").forEach(LifeDomain::valueOf);
        strings("select distinct preferred_contact from referral").forEach(PreferredContact::valueOf);
        strings("select distinct consent_method from referral where consent_method is not null")
                .forEach(ConsentMethod::valueOf);
        strings("select distinct decline_reason from referral where decline_reason is not null")
                .forEach(DeclineReason::valueOf);
        strings("select distinct outcome from referral where outcome is not null")
                .forEach(Outcome::valueOf);
        assertThat(strings("select distinct decline_reason from referral where decline_reason is not null"))
                .contains("NO_CAPACITY", "NO_FITTING_OFFER", "WAITING_LIST");
        strings("select distinct kind from referral_notification").forEach(ReferralNotice.NoticeKind::valueOf);
        assertThat(strings("select distinct purpose from referral_access")).allMatch(List.of("PAGE", "API")::contains);
        strings("select distinct role from membership").forEach(NetworkRole::valueOf);
        strings("select distinct role from lifecycle_participant").forEach(ParticipantRole::valueOf);
        strings("select distinct status from lifecycle_answer").forEach(AnswerStatus::valueOf);
        strings("select distinct factor from survey_factor").forEach(CollaborationFactor::valueOf);
        strings("select distinct status from planning_action").forEach(ActionStatus::valueOf);
        strings("select distinct kind from meeting").forEach(MeetingKind::valueOf);
        strings("select distinct kind from meeting_series").forEach(MeetingKind::valueOf);
        strings("select distinct attendance from meeting_attendee where attendance is not null")
                .forEach(Attendance::valueOf);
        strings("select distinct kind from governance_body").forEach(BodyKind::valueOf);
        assertThat(strings("select distinct subject_type from feed_entry"))
                .containsExactlyInAnyOrder("PARTNER", "OFFER");
        // referrals name a service of their recipient
        assertThat(count("""
                select count(*) from referral r join offer o on o.id = r.offer_id
                where o.partner_id <> r.recipient_partner_id or o.kind <> 'SERVICE'
                """)).isZero();
        assertThat(count("select count(*) from referral where offer_id is not null"))
                .isPositive();
    }

    @Test
    void referralsNameOneOfTheirNetworksMunicipalities() throws SQLException {
        // the family's municipality is a NIS code of one of the referral's network's municipalities, or not given
        assertThat(count("""
                select count(*) from referral r where municipality_nis is not null and not exists (
                    select 1 from municipality m where m.network_id = r.network_id and m.nis_code = r.municipality_nis)
                """)).isZero();
        // in a network whose municipalities have codes, nearly every referral gives one (5 % unknown)
        long inCoded = count("""
                select count(*) from referral r
                where exists (select 1 from municipality m where m.network_id = r.network_id and m.nis_code is not null)
                """);
        long unknown = count("""
                select count(*) from referral r where municipality_nis is null
                  and exists (select 1 from municipality m where m.network_id = r.network_id and m.nis_code is not null)
                """);
        assertThat(unknown).isLessThanOrEqualTo(inCoded / 10);
        // the gap analysis has declines for lack of offer to count
        assertThat(count("""
                select count(*) from referral
                where decline_reason in ('NO_CAPACITY', 'NO_FITTING_OFFER', 'WAITING_LIST')
                """)).isPositive();
    }

    @Test
    void everyAccountLogsInWithTheKnownPassword() throws SQLException {
        var encoder = new DelegatingPasswordEncoder(
                "argon2", Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        List<String> hashes = strings("select distinct password_hash from app_user where email like '%@bench.example'");
        assertThat(hashes).hasSize(1);
        assertThat(encoder.matches(FlandersStaffData.PASSWORD, hashes.getFirst()))
                .isTrue();
        // one membership per account; partner staff belong to a partner of the network
        assertThat(
                        count(
                                "select count(*) from app_user u where not exists (select 1 from membership m where m.user_id = u.id)"))
                .isZero();
        assertThat(count("select count(*) from membership where role = 'COORDINATOR'"))
                .isEqualTo(6);
    }

    private static long count(String sql) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> longs(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
        }
        return values;
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
