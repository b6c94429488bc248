package org.stiel.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Families searching the offer, picking at random from the query mix that {@link BenchQueries} wrote (weights by
 * repetition), for {@code bench.seconds}. Two ways, as {@code bench/run.sh} runs them:
 *
 * <ul>
 *   <li>saturated (default): {@code bench.users} clients (50) each send searches one after the other without pause,
 *       keeping their connection open as a browser does — the throughput, like pgbench's 50 clients;
 *   <li>paced ({@code bench.rate} searches per second, e.g. 20): a new family every 1/rate s, one search each — the
 *       latency at a load below saturation. The first {@code bench.leadIn} seconds (15) run at the same rate but are
 *       not measured: they are named "lead-in", and only the searches after them go into
 *       {@code bench.latencies} (a CSV of query name and response time in ms, which {@link BenchReport} reads).
 *       Gatling's own JVM starts compiling its HTTP client while the first searches go out, and on two cores that
 *       kept the first two or three seconds of every run at 200–500 ms, the client's start-up and not Stiel's.
 * </ul>
 */
public class FamilySearchSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8097");
    static final int USERS = Integer.getInteger("bench.users", 50);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final String MIX = System.getProperty("bench.mix", "target/bench/mix.csv");
    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "0"));
    static final int LEAD_IN = Integer.getInteger("bench.leadIn", 15);
    static final String LATENCIES = System.getProperty("bench.latencies", "");

    /** Response times of the measured paced searches, as CSV lines. */
    final Queue<String> measured = new ConcurrentLinkedQueue<>();

    /** When the measured part of the paced run starts, in {@link System#nanoTime()} terms. */
    volatile long measureFrom;

    final ScenarioBuilder saturated = scenario("Families' search")
            .forever()
            .on(feed(csv(MIX).random())
                    .exec(http("#{name}").get("/aanbod?#{query}").check(status().is(200))));

    final ScenarioBuilder paced = scenario("Families' search, paced")
            .feed(csv(MIX).random())
            .exec(session -> session.set("measured", System.nanoTime() >= measureFrom))
            .exec(http(session -> session.getBoolean("measured") ? session.getString("name") : "lead-in")
                    .get("/aanbod?#{query}")
                    .check(status().is(200), responseTimeInMillis().saveAs("ms")))
            .exec(this::record);

    private Session record(Session session) {
        if (session.getBoolean("measured") && !session.isFailed()) {
            measured.add(session.getString("name") + "," + session.getInt("ms"));
        }
        return session;
    }

    @Override
    public void before() {
        measureFrom = System.nanoTime() + Duration.ofSeconds(RATE > 0 ? LEAD_IN : 0).toNanos();
    }

    @Override
    public void after() {
        if (RATE > 0 && !LATENCIES.isEmpty()) {
            try {
                Files.write(Path.of(LATENCIES), measured, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    {
        setUp(
                        RATE > 0
                                ? paced.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(LEAD_IN + SECONDS)))
                                : saturated.injectOpen(atOnceUsers(USERS)))
                .protocols(http.baseUrl(BASE_URL)
                        .acceptHeader("text/html,application/xhtml+xml")
                        .acceptLanguageHeader("nl-BE,nl;q=0.9")
                        .userAgentHeader("Stiel benchmark (Gatling)")
                        .disableUrlEncoding()
                        .disableCaching())
                .maxDuration(Duration.ofSeconds(SECONDS + (RATE > 0 ? LEAD_IN + 30 : 0)));
    }
}
