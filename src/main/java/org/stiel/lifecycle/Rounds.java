package org.stiel.lifecycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.NetworkRole;
import org.stiel.accounts.StielUser;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.partners.PartnerId;
import org.stiel.platform.ForbiddenException;
import org.stiel.platform.ListPage;
import org.stiel.platform.NotFoundException;
import org.stiel.platform.Paging;
import org.stiel.platform.RuleViolation;

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
        this.events = events;
        this.clock = clock;
    }

    public boolean canManage(StielUser user) {
        return user.is(NetworkRole.COORDINATOR);
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
        if (!canManage(actor)) {
            throw new ForbiddenException("Only a coordinator opens a round");
        }
        LocalDate today = LocalDate.now(clock);
        if (form.getClosesOn().isBefore(today)) {
            throw RuleViolation.on("closesOn", "lifecycle.round.closesOn.past");
        }
        return openOnBehalf(actor.networkId(), form, today, true);
    }

    /**
     * Opens a round on behalf of the installation (demo data, imports), possibly in the past; the caller is trusted to
     * have checked the right to do so.
     *
     * @param invite whether to e-mail the participants
     */
    @Transactional
    public RoundId openOnBehalf(NetworkId network, RoundForm form, LocalDate openedOn, boolean invite) {
        String networkName = networks.get(network).name();
        var round = rounds.save(Round.open(
                network.value(), form.getTitle(), openedOn, form.getClosesOn(), questions.activeIds(network.value())));
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
        events.publishEvent(new RoundOpened(network, id));
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
                .map(p -> view(p, Map.of(user.id(), memberOf(user))));
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
        var answers = participants.findById(participant.id().value()).orElseThrow().answers().stream()
                .collect(Collectors.toMap(Participant.Answer::questionId, Function.identity()));
        var items = questions(user.networkId(), id).stream()
                .map(q -> {
                    var a = answers.get(q.id().value());
                    return a == null
                            ? new AnswerSheet.Item(q, null, null, null)
                            : new AnswerSheet.Item(q, a.status(), a.note(), a.evidenceUrl());
                })
                .toList();
        return new AnswerSheet(round, participant, items);
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
        return record(round, participant, answers, submit);
    }

    /** Saves answers on behalf of the installation (demo data); the caller is trusted. */
    @Transactional
    public long saveOnBehalf(NetworkId network, RoundId id, UserId user, List<AnswerForm> answers, boolean submit) {
        var round = rounds.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Round"));
        var participant = participants
                .findByRoundAndUser(id.value(), user.value())
                .orElseThrow(() -> new NotFoundException("Participant"));
        return record(round, participant, answers, submit);
    }

    private long record(Round round, Participant participant, List<AnswerForm> answers, boolean submit) {
        var asked = round.questionIds();
        var changed = new java.util.HashSet<Participant.Answer>();
        var cleared = new java.util.HashSet<java.util.UUID>();
        for (AnswerForm form : answers) {
            if (!asked.contains(form.getQuestionId())) {
                throw RuleViolation.of("lifecycle.answers.invalid");
            }
            String url = form.getEvidenceUrl();
            if (url != null && !url.matches(AnswerForm.EVIDENCE_URL)) {
                throw RuleViolation.on("evidenceUrl", "lifecycle.answer.evidence.invalid");
            }
            if (form.getStatus() == null) {
                cleared.add(form.getQuestionId());
            } else {
                String note = form.getNote() == null || form.getNote().isBlank()
                        ? null
                        : form.getNote().strip();
                changed.add(new Participant.Answer(form.getQuestionId(), form.getStatus(), note, url));
            }
        }
        Instant now = clock.instant();
        participant.answer(changed, now);
        participant.answers().removeIf(a -> cleared.contains(a.questionId()));
        long unanswered = asked.stream()
                .filter(q -> participant.answers().stream()
                        .noneMatch(a -> a.questionId().equals(q)))
                .count();
        if (submit && unanswered == 0) {
            participant.submit(now);
        }
        participants.save(participant);
        return unanswered;
    }

    /** A coordinator closes a round before its date; closing a closed round changes nothing. */
    @Transactional
    public void close(StielUser actor, RoundId id) {
        var round = rounds.findInNetwork(id.value(), actor.networkId().value())
                .orElseThrow(() -> new NotFoundException("Round"));
        if (!canManage(actor)) {
            throw new ForbiddenException("Only a coordinator closes a round");
        }
        close(round, clock.instant());
    }

    /** Closes a round on behalf of the installation (demo data), at the given moment. */
    @Transactional
    public void closeOnBehalf(NetworkId network, RoundId id, Instant at) {
        close(rounds.findInNetwork(id.value(), network.value()).orElseThrow(() -> new NotFoundException("Round")), at);
    }

    /** Closes every open round whose last day has passed; answers how many. Run by {@link RoundJobs}. */
    @Transactional
    public int closeOverdue() {
        var overdue = rounds.findOverdue(LocalDate.now(clock));
        overdue.forEach(round -> close(round, clock.instant()));
        return overdue.size();
    }

    /**
     * Reminds, once per round, everyone who has not handed in their answers when the round has {@value
     * #REMINDER_DAYS} days or fewer to go; answers how many were reminded. Run by {@link RoundJobs}.
     */
    @Transactional
    public int remindDue() {
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        for (Round round : rounds.findAllOpen()) {
            if (round.closesOn().minusDays(REMINDER_DAYS).isAfter(today)) {
                continue;
            }
            var network = new NetworkId(round.networkId());
            Map<UserId, MemberView> members = null;
            String networkName = null;
            for (Participant p : participants.findByRound(round.id(), round.networkId())) {
                if (p.submittedAt() != null || p.remindedAt() != null) {
                    continue;
                }
                if (members == null) {
                    members = accounts.members(network).stream()
                            .collect(Collectors.toMap(MemberView::id, Function.identity()));
                    networkName = networks.get(network).name();
                }
                var member = members.get(new UserId(p.userId()));
                if (member == null) {
                    // left the network since the round opened: no mail to someone who no longer belongs
                    continue;
                }
                p.reminded(clock.instant());
                participants.save(p);
                mails.reminder(member.email(), networkName, new RoundId(round.id()));
                sent++;
            }
        }
        return sent;
    }

    private void close(Round round, Instant at) {
        if (!round.isOpen()) {
            return;
        }
        round.close(at);
        rounds.save(round);
        events.publishEvent(new RoundClosed(new NetworkId(round.networkId()), new RoundId(round.id())));
    }

    private static MemberView memberOf(StielUser user) {
        var membership = user.current().orElseThrow(() -> new NotFoundException("Network"));
        return new MemberView(user.id(), user.displayName(), user.email(), membership.role(), membership.partnerId());
    }

    private static ParticipantView view(Participant p, Map<UserId, MemberView> members) {
        var member = members.get(new UserId(p.userId()));
        return new ParticipantView(
                new ParticipantId(p.id()),
                new RoundId(p.roundId()),
                new UserId(p.userId()),
                member == null ? "" : member.displayName(),
                p.role(),
                Optional.ofNullable(p.partnerId()).map(PartnerId::new),
                Optional.empty(),
                p.invitedAt(),
                p.submittedAt(),
                p.answers().size());
    }
}
