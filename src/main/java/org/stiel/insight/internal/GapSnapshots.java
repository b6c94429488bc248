package org.stiel.insight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.network.NetworkId;
import org.stiel.platform.StielTime;

/**
 * The per-network snapshot of the gap analysis (docs/adr/0029): computed by one statement, read by the pages. It is
 * recomputed on a read when it is older than {@link #MAX_AGE} or was marked stale, and every night.
 */
@Component
public class GapSnapshots {

    /** A snapshot this old is recomputed on the next read: figures and declines change without an event. */
    public static final Duration MAX_AGE = Duration.ofMinutes(15);

    /** Declined referrals count over this period. */
    public static final Duration DECLINES_PERIOD = Duration.ofDays(365);

    private final GapQueries queries;
    private final GapAreas areas;
    private final GapDeclines declines;
    private final JdbcClient jdbc;
    private final Clock clock;

    GapSnapshots(GapQueries queries, GapAreas areas, GapDeclines declines, JdbcClient jdbc, Clock clock) {
        this.queries = queries;
        this.areas = areas;
        this.declines = declines;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Makes sure the network's snapshot is fresh. A fresh one costs one lookup; otherwise the first reader locks the
     * network's row and recomputes while the others wait for it and then read the new rows.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(NetworkId network) {
        var now = clock.instant();
        if (fresh(network, now, false)) {
            return;
        }
        jdbc.sql("""
                        insert into insight_gap_snapshot (network_id, computed_at, stale) values (?, '-infinity', true)
                        on conflict (network_id) do nothing
                        """).param(network.value()).update();
        if (!fresh(network, now, true)) {
            compute(network, now);
        }
    }

    /** Recomputes the network's snapshot now (the nightly job). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refresh(NetworkId network) {
        var now = clock.instant();
        jdbc.sql("""
                        insert into insight_gap_snapshot (network_id, computed_at, stale) values (?, '-infinity', true)
                        on conflict (network_id) do nothing
                        """).param(network.value()).update();
        fresh(network, now, true);
        compute(network, now);
    }

    /** Every network's snapshot is recomputed on its next read (an offer changed; it may be in several networks). */
    @Transactional
    public void markAllStale() {
        jdbc.sql("update insight_gap_snapshot set stale = true where not stale").update();
    }

    private boolean fresh(NetworkId network, Instant now, boolean lock) {
        return jdbc.sql("select computed_at > ? and not stale from insight_gap_snapshot where network_id = ?"
                        + (lock ? " for update" : ""))
                .params(Timestamp.from(now.minus(MAX_AGE)), network.value())
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    private void compute(NetworkId network, Instant now) {
        queries.refresh(new GapQueries.Input(
                network,
                areas.of(network),
                StielTime.today(clock),
                now,
                declines.since(network, now.minus(DECLINES_PERIOD))));
        jdbc.sql("update insight_gap_snapshot set computed_at = ?, stale = false where network_id = ?")
                .params(Timestamp.from(now), network.value())
                .update();
    }
}
