package org.stiel.lifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.stiel.accounts.Accounts;
import org.stiel.accounts.MemberView;
import org.stiel.accounts.UserId;
import org.stiel.network.NetworkId;
import org.stiel.network.Networks;
import org.stiel.platform.StielTime;

/** The reminder before a round's last day, once per participant who has not handed in; called by {@link Rounds}. */
@Component
class RoundReminders {

    private final RoundRepository rounds;
    private final ParticipantRepository participants;
    private final Accounts accounts;
    private final Networks networks;
    private final LifecycleMails mails;
    private final Clock clock;

    RoundReminders(
            RoundRepository rounds,
            ParticipantRepository participants,
            Accounts accounts,
            Networks networks,
            LifecycleMails mails,
            Clock clock) {
        this.rounds = rounds;
        this.participants = participants;
        this.accounts = accounts;
        this.networks = networks;
        this.mails = mails;
        this.clock = clock;
    }

    int remindDue() {
        LocalDate today = StielTime.today(clock);
        int sent = 0;
        for (Round round : rounds.findAllOpen()) {
            if (round.closesOn().minusDays(Rounds.REMINDER_DAYS).isAfter(today)) {
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
}
