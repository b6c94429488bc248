package org.stiel.bench;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The staff benchmark's preparation, in three steps that {@code bench/staff.sh} runs:
 *
 * <ol>
 *   <li>{@code logging}: lets the embedded PostgreSQL write a CSV log ({@code logging_collector}, kept in
 *       {@code postgresql.auto.conf}; takes effect at Stiel's next start). Nothing is logged until the calibration.
 *   <li>{@code users}: the benchmark's users in the largest network (most referrals): partner staff of its busiest
 *       partners and its coordinators, with the ids their pages need, as {@code users.csv}.
 *   <li>{@code calibrate}: logs every statement for a moment, visits each page once per role as the first user of
 *       the role, with a marker statement before each page, stops logging, and turns what Stiel sent for each page
 *       into a pgbench script with the bound values written in ({@link CapturedSql}). The scripts' weights are those
 *       of the Gatling mix (clients per role, pages per role), in {@code pgbench-args.txt}.
 * </ol>
 */
public final class StaffBenchSetup {

    // a command-line tool run by bench/*.sh: progress goes to the console through the logger, no personal data
    private static final Logger log = LoggerFactory.getLogger(StaffBenchSetup.class);

    static final String MARKER = "stiel-bench-page ";
    static final String APPLICATION = "stiel-bench-setup";
    static final List<String> WORDS = List.of("kinderopvang", "taalstimulering", "gezondheid", "budget", "werkgroep");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        String url = options.get("url");
        Path out = Path.of(options.getOrDefault("out", "target/bench/staff"));
        Files.createDirectories(out);
        if ("scripts".equals(options.get("step"))) {
            scripts(out);
            return;
        }
        var properties = new java.util.Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("password", "");
        properties.setProperty("ApplicationName", APPLICATION);
        try (var connection = DriverManager.getConnection(url, properties)) {
            connection.setAutoCommit(true);
            switch (options.getOrDefault("step", "users")) {
                case "logging" -> logging(connection);
                case "users" ->
                    users(connection, out, Integer.parseInt(options.getOrDefault("clients", "20")),
                            Integer.parseInt(options.getOrDefault("coordinators", "4")));
                case "calibrate" -> calibrate(connection, out, options.get("baseUrl"));
                case "scripts" -> scripts(out);
                default -> throw new IllegalArgumentException("Unknown step " + options.get("step"));
            }
        }
    }

    static void logging(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("alter system set logging_collector = on");
            statement.execute("alter system set log_destination = 'csvlog'");
            statement.execute("alter system set log_filename = 'postgresql-%Y%m%d-%H%M%S.log'");
            statement.execute("alter system set log_parameter_max_length = -1");
            // one file for the whole calibration: the parser reads the files in order anyway
            statement.execute("alter system set log_rotation_size = 0");
        }
        log.info("logging_collector now " + show(connection, "logging_collector") + " (on after a restart)");
    }

    static String show(Connection connection, String setting) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("show " + setting)) {
            rs.next();
            return rs.getString(1);
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // users
    // ------------------------------------------------------------------------------------------------------------

    static void users(Connection connection, Path out, int clients, int coordinators) throws SQLException, IOException {
        UUID network = uuid(connection, "select network_id from referral group by network_id order by count(*) desc limit 1");
        List<UUID> busiest = uuids(
                connection,
                "select recipient_partner_id from referral where network_id = ? group by 1 order by count(*) desc limit 2",
                network);
        UUID partner = uuid(connection, """
                select o.partner_id from offer o join network_partner np on np.partner_id = o.partner_id
                where np.network_id = ? group by 1 order by count(*) desc, 1 limit 1
                """, network);
        UUID round = uuid(connection, "select id from lifecycle_round where network_id = ? order by opened_on desc limit 1", network);
        List<String> lines = new ArrayList<>();
        lines.add("email,role,partner,round,word,referrals");
        int staffClients = clients - coordinators;
        for (int i = 0; i < staffClients; i++) {
            UUID own = busiest.get(i % busiest.size());
            List<String> emails = strings(connection, """
                    select u.email from membership m join app_user u on u.id = m.user_id
                    where m.network_id = ? and m.partner_id = ? and m.role = 'PARTNER_STAFF' order by u.email
                    """, network, own);
            // the referrals a member of staff opens: the newest ones their partner received
            List<String> referrals = strings(connection, """
                    select id::text from referral where network_id = ? and recipient_partner_id = ?
                    order by created_at desc limit 40
                    """, network, own);
            lines.add(String.join(
                    ",",
                    emails.get((i / busiest.size()) % emails.size()),
                    "staff",
                    partner.toString(),
                    round.toString(),
                    WORDS.get(i % WORDS.size()),
                    String.join(";", referrals)));
        }
        List<String> coordinatorEmails = strings(connection, """
                select u.email from membership m join app_user u on u.id = m.user_id
                where m.network_id = ? and m.role = 'COORDINATOR' order by u.email
                """, network);
        for (int i = 0; i < coordinators; i++) {
            lines.add(String.join(
                    ",",
                    coordinatorEmails.get(i % coordinatorEmails.size()),
                    "coordinator",
                    partner.toString(),
                    round.toString(),
                    WORDS.get(i % WORDS.size()),
                    "-"));
        }
        Files.write(out.resolve("users.csv"), lines, StandardCharsets.UTF_8);
        log.info("Users of network " + network + ": " + staffClients + " staff of " + busiest + ", "
                + coordinators + " coordinator sessions");
    }

    static UUID uuid(Connection connection, String sql, Object... params) throws SQLException {
        return uuids(connection, sql, params).getFirst();
    }

    static List<UUID> uuids(Connection connection, String sql, Object... params) throws SQLException {
        return strings(connection, sql, params).stream().map(UUID::fromString).toList();
    }

    static List<String> strings(Connection connection, String sql, Object... params) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            List<String> values = new ArrayList<>();
            try (var rs = statement.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // calibration
    // ------------------------------------------------------------------------------------------------------------

    static void calibrate(Connection connection, Path out, String baseUrl) throws Exception {
        if (!"on".equals(show(connection, "logging_collector"))) {
            throw new IllegalStateException("logging_collector is off: run the logging step and restart Stiel");
        }
        var users = StaffPagesSimulation.readUsers(out.resolve("users.csv"));
        Map<String, Map<String, Object>> firstOfRole = new LinkedHashMap<>();
        for (var user : users) {
            firstOfRole.putIfAbsent((String) user.get("role"), user);
        }
        Path logDir;
        String firstLog;
        try (var statement = connection.createStatement()) {
            statement.execute("alter system set log_min_duration_statement = 0");
            statement.execute("select pg_reload_conf()");
            try (var rs = statement.executeQuery(
                    "select current_setting('data_directory'), pg_current_logfile('csvlog')")) {
                rs.next();
                Path first = Path.of(rs.getString(1)).resolve(rs.getString(2));
                logDir = first.getParent();
                firstLog = first.getFileName().toString();
            }
        }
        Thread.sleep(500);
        List<String> statuses = new ArrayList<>();
        try {
            for (var user : firstOfRole.values()) {
                String role = (String) user.get("role");
                var http = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .connectTimeout(Duration.ofSeconds(10))
                        .build();
                login(http, baseUrl, (String) user.get("email"));
                for (var page : StaffPages.forRole(role)) {
                    String url = page.url()
                            .replace("{referral}", ((String) user.get("referrals")).split(";")[0])
                            .replace("{partner}", (String) user.get("partner"))
                            .replace("{round}", (String) user.get("round"))
                            .replace("{word}", (String) user.get("word"));
                    mark(connection, role + "-" + page.name());
                    long start = System.nanoTime();
                    try {
                        var response = http.send(
                                HttpRequest.newBuilder(URI.create(baseUrl + url))
                                        .header("Accept", "text/html")
                                        .timeout(Duration.ofSeconds(180))
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long ms = (System.nanoTime() - start) / 1_000_000;
                        statuses.add(role + "-" + page.name() + "," + url + "," + response.statusCode() + ","
                                + response.body().length + "," + ms);
                    } catch (java.net.http.HttpTimeoutException e) {
                        // a page slower than three minutes: its SQL up to then is still captured
                        statuses.add(role + "-" + page.name() + "," + url + ",timeout,0,180000");
                    }
                }
            }
            mark(connection, "end");
            Thread.sleep(1500);
        } finally {
            try (var statement = connection.createStatement()) {
                statement.execute("alter system reset log_min_duration_statement");
                statement.execute("select pg_reload_conf()");
            }
        }
        Files.write(out.resolve("calibration.csv"), statuses, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("calibration-log.txt"), logDir + "\n" + firstLog + "\n");
        scripts(out);
    }

    /** The pgbench scripts from the calibration's log (again, e.g. after a change of the parser). */
    static void scripts(Path out) throws IOException {
        var users = StaffPagesSimulation.readUsers(out.resolve("users.csv"));
        List<String> where = Files.readAllLines(out.resolve("calibration-log.txt"));
        Path logDir = Path.of(where.get(0));
        String firstLog = where.get(1);
        List<Path> logs;
        try (var files = Files.list(logDir)) {
            logs = files.filter(f -> f.getFileName().toString().endsWith(".csv"))
                    .filter(f -> f.getFileName().toString().compareTo(firstLog) >= 0)
                    .sorted()
                    .toList();
        }
        var scripts = CapturedSql.read(logs, MARKER, APPLICATION);
        Path dir = out.resolve("pgbench");
        Files.createDirectories(dir);
        int staffClients = (int) users.stream().filter(u -> "staff".equals(u.get("role"))).count();
        int coordinatorClients = users.size() - staffClients;
        List<String> args = new ArrayList<>();
        for (var entry : scripts.entrySet()) {
            String page = entry.getKey();
            String role = page.startsWith("coordinator-") ? "coordinator" : "staff";
            int clients = role.equals("staff") ? staffClients : coordinatorClients;
            // the share of all page views: clients of the role, spread evenly over the role's pages
            long weight = Math.round(1000.0 * clients / StaffPages.forRole(role).size());
            Path file = dir.resolve(page + ".sql");
            Files.writeString(file, String.join("\n", entry.getValue()) + "\n", StandardCharsets.UTF_8);
            if (weight > 0 && !entry.getValue().isEmpty()) {
                args.add("-f " + file.toAbsolutePath() + "@" + weight);
            }
            log.info(page + ": " + entry.getValue().size() + " statements, weight " + weight);
        }
        Files.write(out.resolve("pgbench-args.txt"), args, StandardCharsets.UTF_8);
    }

    static void mark(Connection connection, String page) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("select '" + MARKER + page + "'");
        }
    }

    static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    static void login(HttpClient http, String baseUrl, String email) throws IOException, InterruptedException {
        var page = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String token = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(FlandersStaffData.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
        var response = http.send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.uri().getPath().startsWith("/login")) {
            throw new UncheckedIOException(new IOException("Login of " + email + " failed: " + response.statusCode() + " " + response.uri()));
        }
    }
}
