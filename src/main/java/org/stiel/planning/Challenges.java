package org.stiel.planning;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Membership;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.partners.PartnerId;
import org.stiel.partners.Partners;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.NotFoundException;

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
    private final Partners partners;
    private final Accounts accounts;
    private final Clock clock;

    Challenges(ChallengeRepository challenges, JdbcClient jdbc, Partners partners, Accounts accounts, Clock clock) {
        this.challenges = challenges;
        this.jdbc = jdbc;
        this.partners = partners;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Every member of the network proposes challenges. */
    public boolean canPropose(StielUser user) {
        return user.role().isPresent();
    }

    public boolean canDecide(StielUser user) {
        return user.is(NetworkRole.COORDINATOR);
    }

    /** The partner a person votes for: the one they work for, if they are partner staff. */
    public Optional<PartnerId> votesFor(StielUser user) {
        return user.is(NetworkRole.PARTNER_STAFF)
                ? user.current().flatMap(Membership::partnerId).map(PartnerId::new)
                : Optional.empty();
    }

    /** Prioritised first (by priority), then proposed, then those turned into goals, then those set aside. */
    public List<ChallengeView> list(NetworkId network) {
        var votes = votes(network);
        var directory = new Directory(partners, accounts, network);
        return challenges.findByNetwork(network.value()).stream()
                .map(c -> view(c, votes, directory))
                .toList();
    }

    public ChallengeView get(NetworkId network, ChallengeId id) {
        var challenge = find(network, id);
        return view(challenge, votes(network), new Directory(partners, accounts, network));
    }

    @Transactional
    public ChallengeId propose(StielUser actor, ChallengeForm form) {
        if (!canPropose(actor)) {
            throw new ForbiddenException("Only members propose challenges");
        }
        return proposeOnBehalf(actor.networkId(), form, actor.id());
    }

    /** Proposes a challenge on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public ChallengeId proposeOnBehalf(NetworkId network, ChallengeForm form, UserId proposedBy) {
        var challenge = Challenge.propose(
                network.value(), form, proposedBy == null ? null : proposedBy.value(), clock.instant());
        return new ChallengeId(challenges.save(challenge).id());
    }

    /**
     * A staff member votes for their partner, or takes the vote back.
     *
     * @throws IllegalStateException when the challenge is no longer open to votes
     */
    @Transactional
    public void vote(StielUser actor, ChallengeId id, boolean support) {
        var challenge = find(actor.networkId(), id);
        var partner = votesFor(actor).orElseThrow(() -> new ForbiddenException("Only partner staff vote"));
        voteOnBehalf(actor.networkId(), new ChallengeId(challenge.id()), partner, actor.id(), support);
    }

    /** Records a partner's vote on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public void voteOnBehalf(NetworkId network, ChallengeId id, PartnerId partner, UserId by, boolean support) {
        var challenge = find(network, id);
        if (!challenge.status().open()) {
            throw new IllegalStateException("The challenge is decided");
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
     * @throws IllegalArgumentException for a priority outside 1–99
     */
    @Transactional
    public void decide(StielUser actor, ChallengeId id, ChallengeStatus status, Integer priority) {
        var challenge = find(actor.networkId(), id);
        if (!canDecide(actor)) {
            throw new ForbiddenException("Only a coordinator decides on challenges");
        }
        decide(challenge, status, priority);
    }

    /** Decides on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public void decideOnBehalf(NetworkId network, ChallengeId id, ChallengeStatus status, Integer priority) {
        decide(find(network, id), status, priority);
    }

    private void decide(Challenge challenge, ChallengeStatus status, Integer priority) {
        if (status == null) {
            throw new IllegalArgumentException("A status is needed");
        }
        if (priority != null && (priority < 1 || priority > 99)) {
            throw new IllegalArgumentException("A priority is a rank from 1 to 99");
        }
        challenge.decide(status, priority, clock.instant());
        challenges.save(challenge);
    }

    private Challenge find(NetworkId network, ChallengeId id) {
        return challenges
                .findInNetwork(id.value(), network.value())
                .orElseThrow(() -> new NotFoundException("Challenge"));
    }

    private Map<UUID, List<UUID>> votes(NetworkId network) {
        return jdbc
                .sql(
                        "select challenge_id, partner_id from planning_challenge_vote where network_id = ? order by voted_at")
                .param(network.value())
                .query((rs, i) ->
                        Map.entry(rs.getObject("challenge_id", UUID.class), rs.getObject("partner_id", UUID.class)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static ChallengeView view(Challenge c, Map<UUID, List<UUID>> votes, Directory directory) {
        return new ChallengeView(
                new ChallengeId(c.id()),
                c.title(),
                c.description(),
                c.source(),
                c.status(),
                Optional.ofNullable(c.priority()),
                directory.member(c.proposedBy()),
                votes.getOrDefault(c.id(), List.of()).stream()
                        .map(p -> new ChallengeView.Vote(new PartnerId(p), directory.partner(p)))
                        .toList());
    }
}
