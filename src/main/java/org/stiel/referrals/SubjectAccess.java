package org.stiel.referrals;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stiel.accounts.StielUser;
import org.stiel.network.NetworkId;

/**
 * A family's rights over what one partner holds about them: everything, with who read it (subject access), and to be
 * forgotten (erasure). Only an e-mail address (exactly, whatever the case) or a phone number (its digits, at least
 * six) identifies a person: a first name or initials would hand one family's data to another, and erase it.
 */
@Service
@Transactional(readOnly = true)
public class SubjectAccess {

    private final ReferralRepository referrals;
    private final SubjectAccessQueries queries;
    private final ReferralAccessLog accessLog;
    private final ReferralViews views;
    private final ReferralNames names;
    private final Clock clock;

    SubjectAccess(
            ReferralRepository referrals,
            SubjectAccessQueries queries,
            ReferralAccessLog accessLog,
            ReferralViews views,
            ReferralNames names,
            Clock clock) {
        this.referrals = referrals;
        this.queries = queries;
        this.accessLog = accessLog;
        this.views = views;
        this.names = names;
        this.clock = clock;
    }

    /**
     * Every referral of the reader's partner (sent or received) about a contact person, found by e-mail address or
     * phone number, with its details and access log. Each one found is a read: logged.
     */
    @Transactional
    public SubjectAccessReport report(StielUser actor, String query) {
        UUID own = ReferralAccess.requireStaff(actor);
        NetworkId network = actor.networkId();
        Instant now = clock.instant();
        List<SubjectAccessReport.Entry> entries = new ArrayList<>();
        for (var referral : about(network.value(), own, query)) {
            accessLog.record(network.value(), referral.id(), actor, ReferralAccessLog.Purpose.SUBJECT_ACCESS, now);
            // the family asks for everything held about them: withdrawn referrals too, until they are erased
            entries.add(new SubjectAccessReport.Entry(
                    views.view(referral, referral.sideOf(own), true), views.entries(referral)));
        }
        String partnerName = names.of(network, Set.of(own), Set.of(), Set.of()).partner(own);
        return new SubjectAccessReport(now, partnerName, entries);
    }

    /**
     * Erases the family from every referral of the reader's partner about them: the personal fields are removed,
     * the statistics and the audit trail (steps, access log) stay, under a pseudonym. Answers how many.
     */
    @Transactional
    public int erase(StielUser actor, String query) {
        UUID own = ReferralAccess.requireStaff(actor);
        Instant now = clock.instant();
        int count = 0;
        for (var referral : about(actor.networkId().value(), own, query)) {
            referral.pseudonymise(now);
            referrals.save(referral);
            count++;
        }
        return count;
    }

    private List<Referral> about(UUID network, UUID own, String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String q = query.strip();
        String digits = q.replaceAll("\\D", "");
        List<UUID> ids;
        if (q.contains("@")) {
            ids = queries.byEmail(network, own, q);
        } else if (digits.length() >= 6) {
            ids = queries.byPhoneDigits(network, own, digits);
        } else {
            return List.of();
        }
        return ids.stream()
                .map(id -> referrals.findInNetwork(id, network).orElseThrow())
                .toList();
    }
}
