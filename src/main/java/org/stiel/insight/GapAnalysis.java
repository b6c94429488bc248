package org.stiel.insight;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.insight.internal.GapAreas;
import org.stiel.insight.internal.GapQueries;
import org.stiel.insight.internal.GapSnapshots;
import org.stiel.network.NetworkId;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;

/**
 * Supply meets need (docs/adr/0029): per municipality, life domain and age band, the network's offer held against the
 * children and deprivation of the figures and the referrals declined for lack of offer, ranked into a list of gaps
 * that says why. The coordinator and the steering group read it; nobody else.
 */
@Service
@Transactional(readOnly = true)
public class GapAnalysis {

    private final GapQueries queries;
    private final GapAreas areas;
    private final GapSnapshots snapshots;

    GapAnalysis(GapQueries queries, GapAreas areas, GapSnapshots snapshots) {
        this.queries = queries;
        this.areas = areas;
        this.snapshots = snapshots;
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
        return queries.gaps(current(user), filter, paging);
    }

    /** Every municipality × domain × band under the filter, gap or not: for the tables, exports and the PDF. */
    public List<Gap> cells(StielUser user, GapFilter filter) {
        read(user, filter);
        return queries.cells(current(user), filter);
    }

    /** Every gap under the filter, the highest score first: for the exports (bounded by the network's size). */
    public List<Gap> ranked(StielUser user, GapFilter filter) {
        read(user, filter);
        return queries.ranked(current(user), filter);
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
                .map(a -> new GapMunicipality(a.nisCode(), a.name(), a.latitude(), a.longitude()))
                .toList();
    }

    private void read(StielUser user, GapFilter filter) {
        Require.that(user, this::canRead, "Only the coordinator and the steering group read the gaps");
        if (filter.nisCode() != null
                && areas.find(user.networkId(), filter.nisCode()).isEmpty()) {
            throw new NotFoundException("Municipality");
        }
    }

    /** The reader's network, with its snapshot brought up to date first (docs/adr/0029). */
    private NetworkId current(StielUser user) {
        snapshots.ensure(user.networkId());
        return user.networkId();
    }
}
