package org.stiel.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.stiel.LoggedIn;
import org.stiel.StielTest;

/** A login lasts 30 minutes without activity and 12 hours at most, however active. */
@StielTest
class SessionLifetimeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theIdleTimeoutIsThirtyMinutes() throws Exception {
        var user = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        int seconds = jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
                .param(sessionId(user))
                .query(Integer.class)
                .single();
        assertThat(Duration.ofSeconds(seconds)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aSessionOlderThanTwelveHoursEndsAndThePersonLogsInAgain() throws Exception {
        var user = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        String id = sessionId(user);

        createdAgo(id, Duration.ofHours(11).plusMinutes(59));
        mvc.perform(get("/partners").with(user)).andExpect(status().isOk());

        createdAgo(id, Duration.ofHours(12).plusMinutes(1));
        mvc.perform(get("/partners").accept(MediaType.TEXT_HTML).with(user)).andExpect(redirectedUrl("/login"));
        assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the session is gone from the store")
                .isZero();
    }

    @Test
    void theApiSaysSoWithA401() throws Exception {
        var user = LoggedIn.as(mvc, "coordinator@stiel.example", StielTest.DEMO_PASSWORD);
        mvc.perform(get("/api/v1/partners").with(user)).andExpect(status().isOk());

        createdAgo(sessionId(user), Duration.ofHours(13));
        mvc.perform(get("/api/v1/partners").with(user)).andExpect(status().isUnauthorized());
    }

    private void createdAgo(String sessionId, Duration age) {
        // the last access stays now: only the absolute lifetime can end this session
        long now = clock.millis();
        int updated = jdbc.sql("update spring_session set creation_time = ?, last_access_time = ? where session_id = ?")
                .param(now - age.toMillis())
                .param(now)
                .param(sessionId)
                .update();
        assertThat(updated).isOne();
    }

    /** Spring Session's cookie holds the session id in Base64. */
    private static String sessionId(LoggedIn user) {
        return new String(Base64.getDecoder().decode(user.sessionCookie().getValue()), StandardCharsets.UTF_8);
    }
}
