package org.stiel.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff of the largest network at work: partner staff of its busiest partners and its coordinators log in through the
 * form (CSRF token from the login page) and then open their daily pages one after the other, each page picked at
 * random from their role's list ({@link StaffPages}), for {@code bench.seconds}. The accounts and the ids the pages
 * need come from {@code bench.users} (a CSV that {@link StaffBenchSetup} wrote).
 *
 * <ul>
 *   <li>saturated (default): {@code bench.clients} users (20) without pause — the throughput, like pgbench's 20
 *       clients;
 *   <li>paced ({@code bench.rate} pages per second): the same users, each opening a page every
 *       {@code bench.clients / bench.rate} seconds on average — the latency below saturation.
 * </ul>
 *
 * <p>Every page after the first {@code bench.leadIn} seconds (and after the login) goes into {@code bench.latencies}
 * as "role-page,ms,status", which {@link StaffReport} reads. Notifications answer 400 or 404 until that page is merged: they
 * count, with their status, but do not fail the run.
 */
public class StaffPagesSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8098");
    static final int CLIENTS = Integer.getInteger("bench.clients", 20);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final String USERS = System.getProperty("bench.users", "target/bench/staff/users.csv");
    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "0"));
    static final int LEAD_IN = Integer.getInteger("bench.leadIn", 10);
    static final String LATENCIES = System.getProperty("bench.latencies", "");

    final Queue<String> measured = new ConcurrentLinkedQueue<>();
    volatile long measureFrom;
    volatile long measureUntil;

    /** The users, one line each, handed out in turn (more clients than accounts reuse accounts). */
    final List<Map<String, Object>> users = readUsers(Path.of(USERS));

    final AtomicInteger next = new AtomicInteger();

    static List<Map<String, Object>> readUsers(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            String[] header = lines.getFirst().split(",");
            List<Map<String, Object>> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split(",", -1);
                Map<String, Object> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], values[i]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    final Iterator<Map<String, Object>> feeder = new Iterator<>() {
        @Override
        public boolean hasNext() {
            return true;
        }

        @Override
        public Map<String, Object> next() {
            return users.get(next.getAndIncrement() % users.size());
        }
    };

    /** Picks the next page of the user's role, with the ids it needs. */
    private Session choose(Session session) {
        var pages = StaffPages.forRole(session.getString("role"));
        var page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
        String[] referrals = session.getString("referrals").split(";");
        String url = page.url()
                .replace("{referral}", referrals[ThreadLocalRandom.current().nextInt(referrals.length)])
                .replace("{partner}", session.getString("partner"))
                .replace("{round}", session.getString("round"))
                .replace("{word}", session.getString("word"));
        long nowNanos = System.nanoTime();
        boolean inWindow = nowNanos >= measureFrom && nowNanos < measureUntil;
        return session.set("page", session.getString("role") + "-" + page.name())
                .set("url", url)
                .set("measured", inWindow);
    }

    private Session record(Session session) {
        if (session.getBoolean("measured")) {
            String ms = session.contains("ms") ? String.valueOf(session.getInt("ms")) : "";
            String code = session.isFailed() ? "KO" : String.valueOf(session.getInt("status"));
            measured.add(session.getString("page") + "," + ms + "," + code);
        }
        // a failed page is counted above; the user goes on with the next one
        return session.remove("ms").remove("status").markAsSucceeded();
    }

    final ChainBuilder login = exec(http("login page")
                    .get("/login")
                    .check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
            .exec(http("login")
                    .post("/login")
                    .formParam("username", "#{email}")
                    .formParam("password", FlandersStaffData.PASSWORD)
                    .formParam("_csrf", "#{csrf}")
                    .check(status().is(200)));

    final ChainBuilder page = exec(this::choose)
            .exec(http(session -> session.getBoolean("measured") ? session.getString("page") : "lead-in")
                    .get("#{url}")
                    .check(
                            status().in(200, 400, 404).saveAs("status"),
                            responseTimeInMillis().saveAs("ms")))
            .exec(this::record);

    final ScenarioBuilder saturated = scenario("Staff pages")
            .feed(feeder)
            .exec(login)
            .forever()
            .on(page);

    final ScenarioBuilder paced = scenario("Staff pages, paced")
            .feed(feeder)
            .exec(login)
            .forever()
            .on(exec(page)
                    .pause(Duration.ZERO, Duration.ofMillis(Math.max(1, Math.round(2000 * CLIENTS / Math.max(RATE, 0.1))))));

    @Override
    public void before() {
        measureFrom = System.nanoTime() + Duration.ofSeconds(LEAD_IN).toNanos();
        measureUntil = measureFrom + Duration.ofSeconds(SECONDS).toNanos();
    }

    @Override
    public void after() {
        if (!LATENCIES.isEmpty()) {
            try {
                Files.write(Path.of(LATENCIES), measured, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    {
        setUp((RATE > 0 ? paced : saturated).injectOpen(atOnceUsers(CLIENTS)))
                .protocols(http.baseUrl(BASE_URL)
                        .acceptHeader("text/html,application/xhtml+xml")
                        .acceptLanguageHeader("nl-BE,nl;q=0.9")
                        .userAgentHeader("Stiel staff benchmark (Gatling)")
                        .disableCaching())
                .maxDuration(Duration.ofSeconds(LEAD_IN + SECONDS));
    }
}
