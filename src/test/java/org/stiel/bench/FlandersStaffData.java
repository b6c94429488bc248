package org.stiel.bench;

import static org.stiel.bench.FlandersData.row;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.stiel.bench.StaffModel.Account;
import org.stiel.bench.StaffModel.Network;
import org.stiel.bench.StaffModel.Partner;

/**
 * The staff side of the Flanders-scale data set, on top of the networks and partners {@link FlandersData} made:
 * 20 000 accounts with memberships (partner staff, coordinators, steering group, volunteers), 2 000 000 referrals
 * ({@link ReferralData}), five years of lifecycle rounds and surveys ({@link LifecycleData}), and the plan, governance,
 * meetings and feed ({@link WorkData}) — at scale 1. Every account has the password {@link #PASSWORD}, hashed once
 * with the application's encoder (Argon2id behind Spring Security's delegating prefix), so that the staff benchmark
 * can log in through the form.
 *
 * <p>Networks are ranked by their slug's number: {@code bench-1-…} holds the most referrals. One seeded random: the
 * same seed, scale and day give the same data. Loaded with COPY in one transaction, then vacuumed and analysed.
 */
public final class FlandersStaffData {

    /** The e-mail domain of every generated account. */
    public static final String DOMAIN = "bench.example";

    /** The password of every generated account. */
    public static final String PASSWORD = "stiel-bench-2026";

    static final int ACCOUNTS = 20_000;
    static final int COORDINATORS = 3;
    static final int STEERING = 10;
    static final int VOLUNTEERS = 15;

    /** What a run made. */
    public record Result(Map<String, Long> rows, long millis) {

        @Override
        public String toString() {
            var out = new StringBuilder();
            rows.forEach((table, count) ->
                    out.append(table).append('=').append(count).append(", "));
            return out + "in %.1f s".formatted(millis / 1000.0);
        }
    }

    /** Whether the database already holds generated accounts. */
    public static boolean present(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select exists (select 1 from app_user where email like ?)")) {
            statement.setString(1, "%@" + DOMAIN);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private final StaffModel m;
    private final double scale;
    private final LocalDate today;
    private final Instant now;

    public FlandersStaffData(long seed, double scale, LocalDate today) {
        if (scale <= 0) {
            throw new IllegalArgumentException("scale must be positive");
        }
        // a random of its own: the offer part stays exactly what it was for the same seed
        this.m = new StaffModel(seed * 31 + 7);
        this.scale = scale;
        this.today = today;
        // early in the morning of the day, so that nothing generated lies in the future while the benchmark runs
        this.now = today.atTime(LocalTime.of(6, 0)).atZone(FlandersData.ZONE).toInstant();
    }

    /** Generates everything in one transaction (the offer's networks must be there), then vacuums and analyses. */
    public Result generate(Connection connection) throws SQLException {
        long start = System.currentTimeMillis();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var referrals = new ReferralData(m, now, today);
        try {
            try (var statement = connection.createStatement()) {
                statement.execute("set local synchronous_commit = off");
            }
            List<Network> networks = networks(connection);
            if (networks.isEmpty()) {
                throw new IllegalStateException("No bench networks: generate the offer first (FlandersData)");
            }
            accounts(networks);
            copyAccounts(copy, networks);
            int[] sizes = ReferralData.sizes(networks.size(), scale);
            for (var network : networks) {
                referrals.network(copy, network, sizes[network.rank]);
            }
            var lifecycle = new LifecycleData(m, today, questions(connection));
            networks.forEach(lifecycle::network);
            for (var table : lifecycle.tables.entrySet()) {
                FlandersData.copyIn(copy, table.getKey(), table.getValue().toString());
            }
            var work = new WorkData(m, today, now, scale, networks.size());
            networks.forEach(work::network);
            for (var table : work.tables.entrySet()) {
                FlandersData.copyIn(copy, table.getKey(), table.getValue().toString());
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        try (var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (String table : TABLES) {
                statement.execute("vacuum (analyze) " + table);
                try (var rs = statement.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Result(rows, System.currentTimeMillis() - start);
    }

    static final List<String> TABLES = List.of(
            "app_user",
            "membership",
            "referral_consent_text",
            "referral",
            "referral_step",
            "referral_access",
            "referral_notification",
            "lifecycle_round",
            "lifecycle_round_question",
            "lifecycle_participant",
            "lifecycle_answer",
            "survey_response",
            "survey_link",
            "survey_factor",
            "planning_challenge",
            "planning_challenge_vote",
            "planning_goal",
            "planning_goal_partner",
            "planning_action",
            "planning_action_contributor",
            "governance_body",
            "governance_body_member",
            "governance_decision",
            "governance_decision_goal",
            "governance_decision_action",
            "meeting_series",
            "meeting_series_partner",
            "meeting",
            "meeting_agenda_item",
            "meeting_attendee",
            "feed_entry");

    /** The generated networks with their partners (own and guests), services and offers, ranked by slug number. */
    private List<Network> networks(Connection connection) throws SQLException {
        List<Network> networks = new ArrayList<>();
        Map<UUID, Network> byId = new HashMap<>();
        try (var statement = connection.prepareStatement("""
                        select n.id, n.slug, n.name,
                               array(select name from municipality where network_id = n.id order by position) towns,
                               array(select nis_code from municipality where network_id = n.id
                                     and nis_code is not null order by position) nis_codes
                        from network n where n.slug like ?
                        order by split_part(n.slug, '-', 2)::int
                        """)) {
            statement.setString(1, FlandersData.SLUG_PREFIX + "%");
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    var network = new Network(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            networks.size(),
                            List.of((String[]) rs.getArray(4).getArray()));
                    network.nisCodes.addAll(List.of((String[]) rs.getArray(5).getArray()));
                    networks.add(network);
                    byId.put(network.id, network);
                }
            }
        }
        Map<UUID, List<UUID>> services = new HashMap<>();
        Map<UUID, List<UUID>> offers = new HashMap<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery(
                        "select id, partner_id, kind from offer where status = 'ACTIVE' order by id")) {
            while (rs.next()) {
                UUID partner = rs.getObject(2, UUID.class);
                offers.computeIfAbsent(partner, p -> new ArrayList<>()).add(rs.getObject(1, UUID.class));
                if ("SERVICE".equals(rs.getString(3))) {
                    services.computeIfAbsent(partner, p -> new ArrayList<>()).add(rs.getObject(1, UUID.class));
                }
            }
        }
        try (var statement = connection.prepareStatement("""
                        select np.network_id, p.id, p.name, p.kind from network_partner np
                        join partner p on p.id = np.partner_id join network n on n.id = np.network_id
                        where n.slug like ? order by np.network_id, p.id
                        """)) {
            statement.setString(1, FlandersData.SLUG_PREFIX + "%");
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    UUID partner = rs.getObject(2, UUID.class);
                    byId.get(rs.getObject(1, UUID.class))
                            .partners
                            .add(new Partner(
                                    partner,
                                    rs.getString(3),
                                    rs.getString(4),
                                    services.getOrDefault(partner, List.of()),
                                    offers.getOrDefault(partner, List.of()),
                                    new ArrayList<>()));
                }
            }
        }
        return networks;
    }

    /** The standard questions in the lifecycle's order: phase by phase, by position. */
    private static List<UUID> questions(Connection connection) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("""
                        select id from lifecycle_question where network_id is null and retired_at is null
                        order by array_position(array['STARTUP','EXPLORATION','DESIGN','EXECUTION','EVALUATION'], phase),
                                 position
                        """)) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    /**
     * The people of each network: coordinators, steering group and volunteers, and partner staff for the rest of the
     * network's share of the accounts, spread over its partners by how many referrals they receive (the busiest
     * partner has the most staff), at least one each.
     */
    private void accounts(List<Network> networks) {
        long total = Math.round(ACCOUNTS * scale);
        for (var network : networks) {
            int share = (int) (total * (network.rank + 1) / networks.size() - total * network.rank / networks.size());
            for (int i = 0; i < COORDINATORS; i++) {
                network.coordinators.add(m.account("coordinator"));
            }
            int steering = Math.min(STEERING, Math.max(1, share / 30));
            for (int i = 0; i < steering; i++) {
                network.steering.add(m.account("steering"));
            }
            int volunteers = Math.min(VOLUNTEERS, Math.max(1, share / 20));
            for (int i = 0; i < volunteers; i++) {
                network.volunteers.add(m.account("volunteer"));
            }
            int staff = Math.max(network.partners.size(), share - COORDINATORS - steering - volunteers);
            // the same shares as the referrals they receive: the first partners are the busiest
            double[] shares = new double[network.partners.size()];
            for (int p = 0; p < shares.length; p++) {
                shares[p] = p < ReferralData.TOP_RECIPIENT_SHARES.length
                        ? ReferralData.TOP_RECIPIENT_SHARES[p]
                        : 0.8 / Math.max(1, shares.length - ReferralData.TOP_RECIPIENT_SHARES.length);
            }
            for (int p = 0; p < shares.length; p++) {
                network.partners.get(p).staff().add(m.account("staff"));
            }
            for (int i = network.partners.size(); i < staff; i++) {
                network.partners.get(m.weighted(shares)).staff().add(m.account("staff"));
            }
        }
    }

    private void copyAccounts(org.postgresql.copy.CopyManager copy, List<Network> networks) throws SQLException {
        // one hash for all: Argon2 takes a good part of a second per password on purpose
        String hash = "{argon2}"
                + Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(PASSWORD);
        Instant created = now.minusSeconds(86_400L * 365 * ReferralData.YEARS);
        var users = new StringBuilder();
        var memberships = new StringBuilder();
        for (var network : networks) {
            for (var role : List.of("COORDINATOR", "STEERING_GROUP", "VOLUNTEER")) {
                var people = switch (role) {
                    case "COORDINATOR" -> network.coordinators;
                    case "STEERING_GROUP" -> network.steering;
                    default -> network.volunteers;
                };
                for (Account a : people) {
                    row(users, a.id(), a.email(), a.name(), hash, false, created);
                    row(memberships, a.id(), network.id, role, null, created);
                }
            }
            for (Partner p : network.partners) {
                for (Account a : p.staff()) {
                    row(users, a.id(), a.email(), a.name(), hash, false, created);
                    row(memberships, a.id(), network.id, "PARTNER_STAFF", p.id(), created);
                }
            }
        }
        FlandersData.copyIn(
                copy, "app_user (id, email, display_name, password_hash, admin, created_at)", users.toString());
        FlandersData.copyIn(
                copy, "membership (user_id, network_id, role, partner_id, created_at)", memberships.toString());
    }
}
