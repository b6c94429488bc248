package org.stiel.planning;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
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
    private final ChallengeQueries queries;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Challenges(
            ChallengeRepository challenges,
            ChallengeQueries queries,
            JdbcClient jdbc,
            Clock clock,
            ApplicationEventPublisher events) {
        this.challenges = challenges;
        this.queries = queries;
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
        return queries.list(network);
    }

    /** One page of the challenges in the order of {@link #list}. */
    public ListPage<ChallengeView> page(NetworkId network, Paging paging) {
        return queries.page(network, paging);
    }

    /** How many challenges wait for a choice (proposed or prioritised), counted in SQL. */
    public int countOpen(NetworkId network) {
        return queries.countOpen(network);
    }

    public ChallengeView get(NetworkId network, ChallengeId id) {
        return queries.find(network, id).orElseThrow(() -> new NotFoundException("Challenge"));
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
}
