package org.stiel.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * Families searching the offer: {@code bench.users} clients (50) each send searches one after the other, without
 * pause, for {@code bench.seconds}, picking at random from the query mix that {@link BenchQueries} wrote (weights by
 * repetition). Each client keeps its connection open, as a browser does. Run by {@code bench/run.sh}.
 */
public class FamilySearchSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("bench.baseUrl", "http://localhost:8097");
    static final int USERS = Integer.getInteger("bench.users", 50);
    static final int SECONDS = Integer.getInteger("bench.seconds", 60);
    static final String MIX = System.getProperty("bench.mix", "target/bench/mix.csv");

    final ScenarioBuilder search = scenario("Families' search")
            .forever()
            .on(feed(csv(MIX).random())
                    .exec(http("#{name}").get("/aanbod?#{query}").check(status().is(200))));

    {
        setUp(search.injectOpen(atOnceUsers(USERS)))
                .protocols(http.baseUrl(BASE_URL)
                        .acceptHeader("text/html,application/xhtml+xml")
                        .acceptLanguageHeader("nl-BE,nl;q=0.9")
                        .userAgentHeader("Stiel benchmark (Gatling)")
                        .disableUrlEncoding()
                        .disableCaching())
                .maxDuration(Duration.ofSeconds(SECONDS));
    }
}
