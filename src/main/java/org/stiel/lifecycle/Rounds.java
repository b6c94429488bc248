package org.stiel.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.Actor;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.Require;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;
import org.stiel.platform.StielTime;

/**
 * Assessment rounds: a coordinator opens one, the network's partner staff and steering group are invited to answer,
 * and it closes by hand or after its last day. Every read takes the network it is scoped to; a round of another
 * network is not found.
 */
@Service
@Transactional(readOnly = true)
public class Rounds {

    /** How many days before a round's last day the participants who have not submitted get their reminder. */
    public static final int REMINDER_DAYS = 3;

    private final RoundRepository rounds;
    private final ParticipantRepository participants;
    private final RoundQueries queries;
    private final QuestionQueries questions;
    private final Questions questionTexts;
    private final Accounts accounts;
    private final Networks networks;
    private final LifecycleMails mails;
    private final RoundAnswering answering;
    private final RoundReminders reminders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Rounds(
            RoundRepository rounds,
            ParticipantRepository participants,
            RoundQueries queries,
            QuestionQueries questions,
            Questions questionTexts,
            Accounts accounts,
            Networks networks,
            LifecycleMails mails,
            RoundAnswering answering,
            RoundReminders reminders,
            ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.participants = participants;
        this.queries = queries;
        this.questions = questions;
        this.questionTexts = questionTexts;
        this.accounts = accounts;
        this.networks = networks;
        this.mails = mails;
        this.answering = answering;
        this.reminders = reminders;
        this.events = events;
        this.clock = clock;
    }

    /**
     * The network's rounds, newest first, a few columns each: for choice lists (which rounds to compare). Pages that
     * show rounds with figures read them a page at a time ({@link #page}).
     */
    public List<RoundView> rounds(NetworkId network) {
        return queries.all(network.value());
    }

    /** A page of the network's rounds, newest first. */
    public ListPage<RoundView> page(NetworkId network, Paging paging) {
        return queries.page(network.value(), paging);
    }

    /** The round and at most {@code count - 1} rounds of the network before it, oldest first. */
    List<RoundView> history(NetworkId network, RoundId round, int count) {
        return queries.upTo(network.value(), round.value(), count);
    }

    /** The open rounds the person is invited to, newest first, with the capacity they answer in. */
    public List<Invitation> openInvitations(StielUser user) {
        return queries.openInvitations(user.networkId().value(), user.id().value()).stream()
                .map(i -> new Invitation(i.round(), i.role()))
                .toList();
    }

    /** The partners with a representative invited to the round. */
    Set<UUID> invitedPartners(NetworkId network, RoundId round) {
        return Set.copyOf(queries.invitedPartners(network.value(), round.value()));
    }

    public Optional<RoundView> find(NetworkId network, RoundId id) {
        return rounds.findInNetwork(id.value(), network.value()).map(Round::view);
    }

    public RoundView get(NetworkId network, RoundId id) {
        return find(network, id).orElseThrow(() -> new NotFoundException("Round"));
    }

    /**
     * A coordinator opens a round today: every partner staff member and steering group member of the network is
     * invited by e-mail.
     *
     * @throws RuleViolation when the close date lies before today
     */
    @Transactional
    public RoundId open(StielUser actor, RoundForm form) {
        Require.coordinator(actor);
        LocalDate today = StielTime.today(clock);
        if (form.closesOn().isBefore(today)) {
            throw RuleViolation.on("closesOn", "lifecycle.round.closesOn.past");
        }
        return open(actor.networkId(), form, today, true);
    }

    /**
     * The installation opens a round (demo data, imports), possibly in the past.
     *
     * @param invite whether to e-mail the participants
     */
    @Transactional
    public RoundId open(Actor.Trusted installation, RoundForm form, LocalDate openedOn, boolean invite) {
        return open(installation.networkId(), form, openedOn, invite);
    }

    private RoundId open(NetworkId network, RoundForm form, LocalDate openedOn, boolean invite) {
        String networkName = networks.get(network).name();
        var round = rounds.save(Round.open(
                network.value(), form.title(), openedOn, form.closesOn(), questions.activeIds(network.value())));
        Instant now = clock.instant();
        for (MemberView member : accounts.members(network)) {
            if (member.role() != NetworkRole.PARTNER_STAFF && member.role() != NetworkRole.STEERING_GROUP) {
                continue;
            }
            participants.save(Participant.invite(
                    round.id(),
                    network.value(),
                    member.id().value(),
                    member.partnerId().orElse(null),
                    now));
            if (invite) {
                mails.invitation(member.email(), networkName, new RoundId(round.id()));
            }
        }
        var id = new RoundId(round.id());
        events.publishEvent(new RoundOpened(network, id, form.title(), form.closesOn(), now));
        return id;
    }

    /**
     * A page of everyone invited to the round, with how far they are and their partner's name; steering group first,
     * then by name.
     */
    public ListPage<ParticipantView> participants(NetworkId network, RoundId round, Paging paging) {
        get(network, round);
        return queries.participants(network.value(), round.value(), paging);
    }

    /** The person's own place in the round, if they were invited. */
    public Optional<ParticipantView> participant(StielUser user, RoundId round) {
        NetworkId network = user.networkId();
        get(network, round);
        return participants
                .findByRoundAndUser(round.value(), user.id().value())
                .map(p -> RoundAnswering.view(p, Map.of(user.id(), memberOf(user))));
    }

    /** How many were invited, started and handed in; counted in SQL. */
    public Completion completion(NetworkId network, RoundId round) {
        return completion(network, List.of(round.value())).getOrDefault(round.value(), new Completion(0, 0, 0));
    }

    /** The completion of several rounds of the network in one grouped query; rounds without participants absent. */
    Map<UUID, Completion> completion(NetworkId network, List<UUID> rounds) {
        return queries.completion(network.value(), rounds);
    }

    /** The questions a round asks, in circle order. */
    public List<QuestionView> questions(NetworkId network, RoundId id) {
        var round = rounds.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Round"));
        return questionTexts.byIds(network, round.questionIds());
    }

    /**
     * The person's own answers to the round.
     *
     * @throws ForbiddenException when they were not invited
     */
    public AnswerSheet sheet(StielUser user, RoundId id) {
        var round = get(user.networkId(), id);
        var participant = participant(user, id).orElseThrow(() -> new ForbiddenException("Not invited"));
        return answering.sheet(round, participant, questions(user.networkId(), id));
    }

    /**
     * Saves the person's answers to some or all questions of an open round, and hands them in when asked and every
     * question has an answer. Answers stay changeable while the round is open, also after handing them in.
     *
     * @return how many questions are still without an answer; when more than zero, a submit did not happen
     * @throws ForbiddenException when they were not invited or the round has closed
     * @throws RuleViolation for a question the round does not ask or an evidence link that is not one
     */
    @Transactional
    public long save(StielUser user, RoundId id, List<AnswerForm> answers, boolean submit) {
        NetworkId network = user.networkId();
        var round = rounds.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Round"));
        var participant = participants
                .findByRoundAndUser(id.value(), user.id().value())
                .orElseThrow(() -> new ForbiddenException("Not invited"));
        if (!round.isOpen()) {
            throw new ForbiddenException("The round has closed");
        }
        return answering.record(round, participant, answers, submit);
    }

    /** The installation saves a participant's answers (demo data), whether the round is open or not. */
    @Transactional
    public long save(Actor.Trusted installation, RoundId id, UserId user, List<AnswerForm> answers, boolean submit) {
        NetworkId network = installation.networkId();
        var round = rounds.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Round"));
        var participant = participants
                .findByRoundAndUser(id.value(), user.value())
                .orElseThrow(() -> new NotFoundException("Participant"));
        return answering.record(round, participant, answers, submit);
    }

    /** A coordinator closes a round before its date; closing a closed round changes nothing. */
    @Transactional
    public void close(StielUser actor, RoundId id) {
        var round = rounds.findInNetwork(id.value(), actor.networkId().value())
                .orElseThrow(() -> new NotFoundException("Round"));
        Require.coordinator(actor);
        close(round, clock.instant());
    }

    /** The installation closes a round (demo data) at the given moment, possibly in the past. */
    @Transactional
    public void close(Actor.Trusted installation, RoundId id, Instant at) {
        var network = installation.networkId();
        close(rounds.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Round")), at);
    }

    /** Closes every open round whose last day has passed; answers how many. Run by {@link RoundJobs}. */
    @Transactional
    public int closeOverdue() {
        var overdue = rounds.findOverdue(StielTime.today(clock));
        overdue.forEach(round -> close(round, clock.instant()));
        return overdue.size();
    }

    /**
     * Reminds, once per round, everyone who has not handed in their answers when the round has {@value
     * #REMINDER_DAYS} days or fewer to go; answers how many were reminded. Run by {@link RoundJobs}.
     */
    @Transactional
    public int remindDue() {
        return reminders.remindDue();
    }

    private void close(Round round, Instant at) {
        if (!round.isOpen()) {
            return;
        }
        round.close(at);
        rounds.save(round);
        events.publishEvent(new RoundClosed(
                new NetworkId(round.networkId()),
                new RoundId(round.id()),
                round.view().title(),
                at));
    }

    private static MemberView memberOf(StielUser user) {
        var membership = user.current().orElseThrow(() -> new NotFoundException("Network"));
        return new MemberView(user.id(), user.displayName(), user.email(), membership.role(), membership.partnerId());
    }
}
