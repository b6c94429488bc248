package org.stiel.planning;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Membership;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.Roles;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.platform.Cursor;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/**
 * The challenges a network gathers before it sets goals. Any member proposes one; partner staff vote for their
 * partner, one vote per partner per challenge, while it is still open; the coordinator prioritises and decides
 * (docs/adr/0011).
 */
@Service
@Transactional(readOnly = true)
public class Challenges {

    private final ChallengeRepository challenges;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Challenges(ChallengeRepository challenges, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.challenges = challenges;
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    /** Every member of the network proposes challenges. */
    public boolean canPropose(StielUser user) {
        return Roles.member(user);
    }

    public boolean canDecide(StielUser user) {
        return Roles.coordinator(user);
    }

    /** The partner a person votes for: the one they work for, if they are partner staff. */
    public Optional<PartnerId> votesFor(StielUser user) {
        return user.is(NetworkRole.PARTNER_STAFF)
                ? user.current().flatMap(Membership::partnerId).map(PartnerId::new)
                : Optional.empty();
    }

    /**
     * Every challenge, prioritised first (by priority), then proposed, then those turned into goals, then those set
     * aside: for the choice of a form; the page reads {@link #page}.
     */
    public List<ChallengeView> list(NetworkId network) {
        return views(
                network,
                jdbc.sql(SELECT + "where c.network_id = :network order by " + ORDER)
                        .param("network", network.value())
                        .query(Challenges::row)
                        .list());
    }

    /** One page of the challenges in the order of {@link #list}. */
    public ListPage<ChallengeView> page(NetworkId network, Paging paging) {
        Map<String, Object> params = new HashMap<>();
        params.put("network", network.value());
        params.put("limit", paging.limit());
        String after = "";
        if (!paging.isFirst()) {
            var c = paging.after();
            after = " and (" + ORDER + ") > (:rank, :priority, :created, :id)";
            params.put("rank", (int) c.number(0));
            params.put("priority", (int) c.number(1));
            params.put("created", OffsetDateTime.ofInstant(c.instant(2), ZoneOffset.UTC));
            params.put("id", c.uuid(3));
        }
        var rows = jdbc.sql(SELECT + "where c.network_id = :network" + after + " order by " + ORDER + " limit :limit")
                .params(params)
                .query(Challenges::row)
                .list();
        var page = ListPage.of(rows, paging, Row::cursor);
        return new ListPage<>(views(network, page.items()), page.next());
    }

    /** How many challenges wait for a choice (proposed or prioritised), counted in SQL. */
    public int countOpen(NetworkId network) {
        return jdbc.sql("select count(*) from planning_challenge where network_id = ?"
                        + " and status in ('PROPOSED', 'PRIORITISED')")
                .param(network.value())
                .query(Integer.class)
                .single();
    }

    public ChallengeView get(NetworkId network, ChallengeId id) {
        return views(
                        network,
                        jdbc.sql(SELECT + "where c.network_id = :network and c.id = :id")
                                .param("network", network.value())
                                .param("id", id.value())
                                .query(Challenges::row)
                                .list())
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Challenge"));
    }

    @Transactional
    public ChallengeId propose(StielUser actor, ChallengeForm form) {
        Require.member(actor);
        return propose(actor.networkId(), form, actor.id());
    }

    /** The installation proposes a challenge in a person's name (the demo's challenges name who brought them up). */
    @Transactional
    public ChallengeId propose(Actor.Trusted installation, ChallengeForm form, UserId proposedBy) {
        return propose(installation.networkId(), form, proposedBy);
    }

    private ChallengeId propose(NetworkId network, ChallengeForm form, UserId proposedBy) {
        var challenge = Challenge.propose(
                network.value(), form, proposedBy == null ? null : proposedBy.value(), clock.instant());
        return new ChallengeId(challenges.save(challenge).id());
    }

    /**
     * A staff member votes for their partner, or takes the vote back.
     *
     * @throws RuleViolation when the challenge is no longer open to votes
     */
    @Transactional
    public void vote(StielUser actor, ChallengeId id, boolean support) {
        var challenge = find(actor.networkId(), id);
        var partner = votesFor(actor).orElseThrow(() -> new ForbiddenException("Only partner staff vote"));
        vote(actor.networkId(), new ChallengeId(challenge.id()), partner, actor.id(), support);
    }

    /** The installation records a partner's vote that no one person cast (the demo's votes). */
    @Transactional
    public void vote(Actor.Trusted installation, ChallengeId id, PartnerId partner, boolean support) {
        vote(installation.networkId(), id, partner, null, support);
    }

    private void vote(NetworkId network, ChallengeId id, PartnerId partner, UserId by, boolean support) {
        var challenge = find(network, id);
        if (!challenge.status().open()) {
            throw RuleViolation.of("planning.challenge.closed");
        }
        if (support) {
            jdbc.sql("""
                            insert into planning_challenge_vote (challenge_id, network_id, partner_id, voted_by, voted_at)
                            values (?, ?, ?, ?, ?) on conflict (challenge_id, partner_id) do nothing""")
                    .params(
                            challenge.id(),
                            network.value(),
                            partner.value(),
                            by == null ? null : by.value(),
                            java.sql.Timestamp.from(clock.instant()))
                    .update();
        } else {
            jdbc.sql("delete from planning_challenge_vote where challenge_id = ? and network_id = ? and partner_id = ?")
                    .params(challenge.id(), network.value(), partner.value())
                    .update();
        }
    }

    /**
     * The coordinator prioritises a challenge (a rank, 1 first, or none), sets it aside, or marks it as turned into a
     * goal.
     *
     * @throws RuleViolation for a priority outside 1–99
     */
    @Transactional
    public void decide(Actor actor, ChallengeId id, ChallengeStatus status, Integer priority) {
        var challenge = find(actor.networkId(), id);
        Require.coordinator(actor);
        decide(challenge, status, priority);
    }

    private void decide(Challenge challenge, ChallengeStatus status, Integer priority) {
        if (status == null) {
            throw RuleViolation.on("status", "planning.challenge.decision.invalid");
        }
        if (priority != null && (priority < 1 || priority > 99)) {
            throw RuleViolation.on("priority", "planning.challenge.decision.invalid");
        }
        challenge.decide(status, priority, clock.instant());
        challenges.save(challenge);
        events.publishEvent(new ChallengeDecided(
                new NetworkId(challenge.networkId()),
                new ChallengeId(challenge.id()),
                challenge.title(),
                status,
                priority,
                clock.instant()));
    }

    private Challenge find(NetworkId network, ChallengeId id) {
        return challenges
                .findInNetwork(id.value(), network.value())
                .orElseThrow(() -> new NotFoundException("Challenge"));
    }

    private static final String RANK =
            "case c.status when 'PRIORITISED' then 0 when 'PROPOSED' then 1 when 'GOAL' then 2 else 3 end";
    private static final String ORDER = RANK + ", coalesce(c.priority, 100), c.created_at, c.id";
    private static final String SELECT = """
            select c.id, c.title, c.description, c.source, c.status, c.priority, c.created_at, %s as rank,
                   (select u.display_name from app_user u
                      join membership m on m.user_id = u.id and m.network_id = c.network_id
                     where u.id = c.proposed_by) as proposed_by_name
            from planning_challenge c
            """.formatted(RANK);

    /** The votes of the challenges shown, with the partners' names, in one query. */
    private List<ChallengeView> views(NetworkId network, List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<ChallengeView.Vote>> votes = new HashMap<>();
        jdbc.sql("""
                        select v.challenge_id, v.partner_id,
                               (select p.name from partner p
                                  join network_partner np on np.partner_id = p.id and np.network_id = v.network_id
                                 where p.id = v.partner_id) as partner_name
                        from planning_challenge_vote v
                        where v.challenge_id = any(:ids) and v.network_id = :network
                        order by v.challenge_id, v.voted_at""")
                .param("ids", rows.stream().map(Row::id).toArray(UUID[]::new))
                .param("network", network.value())
                .query((rs, n) -> Map.entry(
                        rs.getObject("challenge_id", UUID.class),
                        new ChallengeView.Vote(
                                new PartnerId(rs.getObject("partner_id", UUID.class)),
                                rs.getString("partner_name") == null ? "" : rs.getString("partner_name"))))
                .list()
                .forEach(e -> votes.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        return rows.stream()
                .map(r -> new ChallengeView(
                        new ChallengeId(r.id()),
                        r.title(),
                        r.description(),
                        r.source(),
                        r.status(),
                        Optional.ofNullable(r.priority()),
                        r.proposedByName() == null ? "" : r.proposedByName(),
                        votes.getOrDefault(r.id(), List.of())))
                .toList();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getObject("id", UUID.class),
                rs.getString("title"),
                rs.getString("description"),
                ChallengeSource.valueOf(rs.getString("source")),
                ChallengeStatus.valueOf(rs.getString("status")),
                rs.getObject("priority", Integer.class),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getInt("rank"),
                rs.getString("proposed_by_name"));
    }

    private record Row(
            UUID id,
            String title,
            String description,
            ChallengeSource source,
            ChallengeStatus status,
            Integer priority,
            Instant createdAt,
            int rank,
            String proposedByName) {

        Cursor cursor() {
            return Cursor.of(rank, priority == null ? 100 : priority, createdAt, id);
        }
    }
}
