package org.stiel.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Families searching the offer, picking at random from the query mix that {@link BenchQueries} wrote (weights by
 * repetition), for {@code bench.seconds}. Two ways, as {@code bench/run.sh} runs them:
 *
 * <ul>
 *   <li>saturated (default): {@code bench.users} clients (50) each send searches one after the other without pause,
 *       keeping their connection open as a browser does — the throughput, like pgbench's 50 clients;
 *   <li>paced ({@code bench.rate} searches per second, e.g. 20): a new family every 1/rate s, one search each — the
 *       latency at a load below saturation.
 * </ul>
 */
public class FamilySearchSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8097");
    static final int USERS = Integer.getInteger("bench.users", 50);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final String MIX = System.getProperty("bench.mix", "target/bench/mix.csv");
    static final double RATE = Double.parseDouble(System.getProperty("bench.rate", "0"));

    final ScenarioBuilder saturated = scenario("Families' search")
            .forever()
            .on(feed(csv(MIX).random())
                    .exec(http("#{name}").get("/aanbod?#{query}").check(status().is(200))));

    final ScenarioBuilder paced = scenario("Families' search, paced")
            .feed(csv(MIX).random())
            .exec(http("#{name}").get("/aanbod?#{query}").check(status().is(200)));

    {
        setUp(
                        RATE > 0
                                ? paced.injectOpen(constantUsersPerSec(RATE).during(Duration.ofSeconds(SECONDS)))
                                : saturated.injectOpen(atOnceUsers(USERS)))
                .protocols(http.baseUrl(BASE_URL)
                        .acceptHeader("text/html,application/xhtml+xml")
                        .acceptLanguageHeader("nl-BE,nl;q=0.9")
                        .userAgentHeader("Stiel benchmark (Gatling)")
                        .disableUrlEncoding()
                        .disableCaching())
                .maxDuration(Duration.ofSeconds(SECONDS + (RATE > 0 ? 30 : 0)));
    }
}
