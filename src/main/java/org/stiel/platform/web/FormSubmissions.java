package org.stiel.platform.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The one-time tokens of submitted forms (table {@code form_submission}): which submission came first, and where it
 * went. Shared by every instance through the database, so a double submit that a load balancer spreads over two
 * instances still creates one record.
 */
@Component
class FormSubmissions {

    /** How long a token is remembered: far longer than anyone keeps a form open and then sends it twice. */
    static final Duration KEPT = Duration.ofDays(1);

    /**
     * A first submission that has not finished after this long died with its instance (a crash, a kill): a repeat
     * may run in its place rather than be told "already sent" for a day about a record that was never made.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    /** What became of an earlier submission with the same token. */
    sealed interface Earlier {

        /** None, or it was released (it re-rendered the form or failed): this one may try. */
        record None() implements Earlier {}

        /** It is still running. */
        record Running() implements Earlier {}

        /** It finished with a redirect to this location. */
        record Done(String location) implements Earlier {}
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    FormSubmissions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records the token for this submission; true when it is the first (or takes over an abandoned one). One
     * statement, so that of two submissions at the same moment exactly one gets true, on any instance.
     */
    boolean claim(String token) {
        Instant now = clock.instant();
        return jdbc.sql("""
                insert into form_submission as f (token, created_at) values (:token, :now)
                on conflict (token) do update set created_at = excluded.created_at
                 where f.location is null and f.created_at < :abandoned
                """)
                        .param("token", token)
                        .param("now", Timestamp.from(now))
                        .param("abandoned", Timestamp.from(now.minus(ABANDONED_AFTER)))
                        .update()
                == 1;
    }

    Earlier earlier(String token) {
        Optional<Optional<String>> row = jdbc.sql("select location from form_submission where token = ?")
                .param(token)
                .query((rs, i) -> Optional.ofNullable(rs.getString(1)))
                .optional();
        if (row.isEmpty()) {
            return new Earlier.None();
        }
        return row.get().<Earlier>map(Earlier.Done::new).orElseGet(Earlier.Running::new);
    }

    /** The first submission redirected here: repeats go there too. */
    void finished(String token, String location) {
        jdbc.sql("update form_submission set location = ? where token = ?")
                .params(location, token)
                .update();
    }

    /**
     * The first submission made nothing (the form came back with errors, or it failed): forget the token, so that
     * the corrected form, or a repeat waiting for this one, can be sent.
     */
    void release(String token) {
        jdbc.sql("delete from form_submission where token = ? and location is null")
                .param(token)
                .update();
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT9M")
    @SchedulerLock(name = "platform-form-submission-purge", lockAtLeastFor = "PT1M")
    void purgeOld() {
        purge();
    }

    /** Forgets the tokens older than {@link #KEPT}; a form sent again after that is a new submission. */
    int purge() {
        return jdbc.sql("delete from form_submission where created_at < ?")
                .param(Timestamp.from(clock.instant().minus(KEPT)))
                .update();
    }
}
