package org.stiel.planning;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;
import org.stiel.partners.Partners;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

/**
 * The network's shared goals. A coordinator sets them, changes them and publishes them; every member reads them. A
 * goal's progress is the roll-up of its actions: the mean of their progress, a done action counting 100 and a
 * cancelled one left out, 0 for a goal without actions (docs/adr/0011).
 */
@Service
@Transactional(readOnly = true)
public class Goals {

    private final GoalRepository goals;
    private final GoalQueries queries;
    private final ChallengeRepository challenges;
    private final Partners partners;
    private final Accounts accounts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Goals(
            GoalRepository goals,
            GoalQueries queries,
            ChallengeRepository challenges,
            Partners partners,
            Accounts accounts,
            Clock clock,
            ApplicationEventPublisher events) {
        this.goals = goals;
        this.queries = queries;
        this.challenges = challenges;
        this.partners = partners;
        this.accounts = accounts;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Every goal of the network by target date, each with its progress: for the choices of a form (a few hundred at
     * most) and the installation's own use; pages read {@link #page} or {@link #tree}.
     */
    public List<GoalView> list(NetworkId network) {
        return queries.all(network, false);
    }

    /** One page of the network's goals by target date (none last), then title, each with its progress. */
    public ListPage<GoalView> page(NetworkId network, Paging paging) {
        return queries.page(network, false, paging);
    }

    /** Every goal the network published, for the public plan page. */
    public List<GoalView> published(NetworkId network) {
        return queries.all(network, true);
    }

    /** One page of the goals the network published, for the public plan page. */
    public ListPage<GoalView> published(NetworkId network, Paging paging) {
        return queries.page(network, true, paging);
    }

    /**
     * One page of the plan's tree: goals grouped under the challenge they came from, in the order of the challenges
     * list (goals without a challenge last), and by target date within a challenge.
     */
    public ListPage<GoalView> tree(NetworkId network, Paging paging) {
        return queries.tree(network, paging);
    }

    /** The network's goals among these ids (others are left out), for other modules that link to goals. */
    public List<GoalView> byIds(NetworkId network, java.util.Collection<GoalId> ids) {
        return queries.byIds(network, ids.stream().map(GoalId::value).distinct().toList());
    }

    /** @throws NotFoundException for an unknown goal or one of another network */
    public GoalView get(NetworkId network, GoalId id) {
        return queries.find(network, id.value()).orElseThrow(() -> new NotFoundException("Goal"));
    }

    /** The form to change a goal, filled with its current state and an empty row for one more partner. */
    public GoalForm form(NetworkId network, GoalId id) {
        var goal = goals.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Goal"));
        var form = new GoalForm(goal.title(), goal.why(), goal.measure(), goal.targetOn());
        form.setChallengeId(goal.challengeId());
        form.setPublished(goal.published());
        goal.partners().forEach(p -> form.getPartners().add(new GoalForm.ServedGoal(p.partnerId(), p.ownGoal())));
        form.setVersion(goal.version());
        return form;
    }

    /**
     * A coordinator (or the installation, for the demo) sets a goal. A goal made from a challenge marks that challenge
     * as turned into a goal.
     *
     * @throws RuleViolation when the challenge or a partner is not the network's
     */
    @Transactional
    public GoalId create(Actor actor, GoalForm form) {
        Require.coordinator(actor);
        NetworkId network = actor.networkId();
        check(network, form);
        var goal = goals.save(Goal.create(network.value(), form, clock.instant()));
        events.publishEvent(new GoalSet(network, new GoalId(goal.id()), goal.title(), clock.instant()));
        markChallenge(network, goal.challengeId());
        return new GoalId(goal.id());
    }

    /**
     * A coordinator changes a goal.
     *
     * @throws OptimisticLockingFailureException when the form carries an older version
     */
    @Transactional
    public void update(StielUser actor, GoalId id, GoalForm form) {
        var goal = goals.findInNetwork(id.value(), actor.networkId().value())
                .orElseThrow(() -> new NotFoundException("Goal"));
        Require.coordinator(actor);
        if (form.getVersion() != null && !form.getVersion().equals(goal.version())) {
            throw new OptimisticLockingFailureException("Goal " + id + " changed since");
        }
        check(actor.networkId(), form);
        goal.apply(form, clock.instant());
        goals.save(goal);
        markChallenge(actor.networkId(), goal.challengeId());
    }

    /** A coordinator shows the goal on the public plan page, or takes it off. */
    @Transactional
    public void publish(StielUser actor, GoalId id, boolean published) {
        var goal = goals.findInNetwork(id.value(), actor.networkId().value())
                .orElseThrow(() -> new NotFoundException("Goal"));
        Require.coordinator(actor);
        goal.publish(published, clock.instant());
        goals.save(goal);
        events.publishEvent(new GoalPublished(actor.networkId(), id, goal.title(), published, clock.instant()));
    }

    boolean exists(NetworkId network, UUID goal) {
        return goals.findInNetwork(goal, network.value()).isPresent();
    }

    private void check(NetworkId network, GoalForm form) {
        if (form.getChallengeId() != null
                && challenges
                        .findInNetwork(form.getChallengeId(), network.value())
                        .isEmpty()) {
            throw RuleViolation.on("challengeId", "planning.goal.invalid");
        }
        var directory = new Directory(partners, accounts, network);
        for (var p : form.filledPartners()) {
            if (!directory.isPartner(p.getPartnerId())) {
                throw RuleViolation.of("planning.goal.invalid");
            }
        }
    }

    private void markChallenge(NetworkId network, UUID challengeId) {
        if (challengeId == null) {
            return;
        }
        challenges.findInNetwork(challengeId, network.value()).ifPresent(c -> {
            if (c.status() != ChallengeStatus.GOAL) {
                c.decide(ChallengeStatus.GOAL, c.priority(), clock.instant());
                challenges.save(c);
            }
        });
    }
}
