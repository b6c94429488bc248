package org.stiel.insight;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.insight.internal.GapAreas;
import org.stiel.insight.internal.GapDeclines;
import org.stiel.insight.internal.GapQueries;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.StielTime;

/**
 * Supply meets need (docs/adr/0029): per municipality, life domain and age band, the network's offer held against the
 * children and deprivation of the figures and the referrals declined for lack of offer, ranked into a list of gaps
 * that says why. The coordinator and the steering group read it; nobody else.
 */
@Service
@Transactional(readOnly = true)
public class GapAnalysis {

    /** Declined referrals count over this period. */
    public static final Duration DECLINES_PERIOD = Duration.ofDays(365);

    private final GapQueries queries;
    private final GapAreas areas;
    private final GapDeclines declines;
    private final Clock clock;

    GapAnalysis(GapQueries queries, GapAreas areas, GapDeclines declines, Clock clock) {
        this.queries = queries;
        this.areas = areas;
        this.declines = declines;
        this.clock = clock;
    }

    /** Whether the person reads the gaps: the network's coordinator or a member of its steering group. */
    public boolean canRead(StielUser user) {
        return Roles.anyOf(user, NetworkRole.COORDINATOR, NetworkRole.STEERING_GROUP);
    }

    /** Whether the person writes notes on gaps and starts challenges from them: the coordinator. */
    public boolean canEdit(StielUser user) {
        return Roles.coordinator(user);
    }

    /** One page of the gaps, the highest score first. */
    public ListPage<Gap> gaps(StielUser user, GapFilter filter, Paging paging) {
        read(user, filter);
        return queries.gaps(input(user), filter, paging);
    }

    /** Every municipality × domain × band under the filter, gap or not: for the tables, exports and the PDF. */
    public List<Gap> cells(StielUser user, GapFilter filter) {
        read(user, filter);
        return queries.cells(input(user), filter);
    }

    /** Every gap under the filter, the highest score first: for the exports (bounded by the network's size). */
    public List<Gap> ranked(StielUser user, GapFilter filter) {
        read(user, filter);
        return queries.ranked(input(user), filter);
    }

    /** One gap (or cell) of the network. */
    public Gap get(StielUser user, GapKey key) {
        var cells = cells(user, new GapFilter(key.nisCode(), key.domain(), key.band()));
        return cells.stream().findFirst().orElseThrow(() -> new NotFoundException("Gap"));
    }

    /** The network's municipalities the analysis knows (with a NIS code), by code and name, in the network's order. */
    public List<GapMunicipality> municipalities(StielUser user) {
        Require.that(user, this::canRead, "Only the coordinator and the steering group read the gaps");
        return areas.of(user.networkId()).stream()
                .map(a -> new GapMunicipality(a.nisCode(), a.name()))
                .toList();
    }

    private void read(StielUser user, GapFilter filter) {
        Require.that(user, this::canRead, "Only the coordinator and the steering group read the gaps");
        if (filter.nisCode() != null
                && areas.find(user.networkId(), filter.nisCode()).isEmpty()) {
            throw new NotFoundException("Municipality");
        }
    }

    private GapQueries.Input input(StielUser user) {
        var now = clock.instant();
        var network = user.networkId();
        return new GapQueries.Input(
                network,
                areas.of(network),
                StielTime.today(clock),
                now,
                declines.since(network, now.minus(DECLINES_PERIOD)));
    }
}
